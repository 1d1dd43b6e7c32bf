// The Content Security Policy (issue 14): every page kind loads under the policy the build
// wrote into it with no violation and no console error, and the policy is enforced: an inline
// script whose text no longer matches its hash is refused. Runs at the root and under a
// sub-path.
import { test, expect } from './fixtures.mjs';

/** Records every `securitypolicyviolation` from the first script on. */
async function watchViolations(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
}

const PAGES = [
  ['home', ''],
  ['a filter address', '?q=council&tag=finance&from=2015-01&sort=newest'],
  ['embed mode', '?embed=1&q=panel'],
  ['an event', 'events/2017-08-04-panel-recommends-stepping-aside/'],
  ['the sources', 'sources/'],
  ['a source, at a passage', 'sources/004_ed014544b87a23a7/#passage-214'],
  ['the who’s-who', 'people/'],
  ['a person', 'people/john-clancy/'],
  ['an organisation', 'organisations/biip/'],
  ['a document', 'documents/kerslake-review/'],
  ['the changes', 'changes/'],
  ['an unknown address', 'events/no-such-event/'],
];

test('every page kind carries its policy and loads under it without a violation', async ({ page, request }) => {
  test.setTimeout(120_000);
  await watchViolations(page);
  for (const [name, path] of PAGES) {
    const html = await (await request.get(path.split('#')[0] || './')).text();
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
    expect(policy, `${name} has a policy`).not.toBeNull();
    expect(policy[1], name).toContain("default-src 'none'");
    expect(policy[1], name).not.toContain('unsafe-inline');
    expect(policy[1], name).not.toMatch(/'unsafe-eval'/);
    await page.goto(path || './');
    await expect(page.locator('html'), name).toHaveAttribute('data-app', 'live');
    expect(await page.evaluate(() => window.__violations), name).toEqual([]);
  }
  // The embed redirect and an old alias: pages of their own, with inline scripts.
  for (const path of ['embed/?q=panel', 'events/2019-04-02-panel-stands-down/']) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
    expect(await page.evaluate(() => window.__violations), path).toEqual([]);
  }
});

test('the offline reload of a page loads under its policy too', async ({ page, context }) => {
  await watchViolations(page);
  await page.goto('sources/');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  await page.goto('people/ian-ward/');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  await context.setOffline(false);
});

test.describe('an inline script changed after the build', () => {
  // The refused script is the point: Chromium reports it on the console.
  test.use({ allowedConsoleErrors: [/Content Security Policy/] });

  test('is refused: its hash is no longer in the policy', async ({ page }) => {
    await watchViolations(page);
    await page.route(/\/events\/2017-08-04-panel-recommends-stepping-aside\/$/, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('<script>', '<script>window.__tampered = true;');
      await route.fulfill({ response, body: html });
    });
    await page.goto('events/2017-08-04-panel-recommends-stepping-aside/');
    await expect.poll(() => page.evaluate(() => window.__violations.length)).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__tampered)).toBeUndefined();
    expect((await page.evaluate(() => window.__violations))[0]).toMatch(/^script-src/);
  });
});
