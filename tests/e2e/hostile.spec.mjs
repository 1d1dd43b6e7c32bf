// Query strings nobody should send: markup, broken percent-encoding, huge values, unknown
// ids and impossible dates. The app must stay up, render them as text and say what it ignored.
import { test, expect } from './fixtures.mjs';

const heading = (page) => page.getByRole('heading', { level: 1 });

async function expectWorkingTimeline(page) {
  await expect(heading(page)).toBeVisible();
  await expect(page.getByTestId('result-count')).toHaveText(/^\d+ events?$/);
  // Still interactive: the search box takes input and the list answers.
  await page.getByLabel('Search the timeline').fill('panel');
  await expect(page).toHaveURL(/q=panel/);
  await expect(page.getByTestId('event').first()).toBeVisible();
}

test('markup in the search is shown as text, never run', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    dialog.dismiss();
  });
  await page.goto('./?q=<script>alert(1)</script>');
  await expect(heading(page)).toBeVisible();
  await expect(page.getByLabel('Search the timeline')).toHaveValue('<script>alert(1)</script>');
  await expect(page.locator('main script')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Remove filter Search/ })).toContainText('<script>');
  await page.goto('./?q=%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E');
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialogs).toBe(0);
  await expectWorkingTimeline(page);
});

test('broken percent-encoding does not break the page', async ({ page }) => {
  await page.goto('./?q=%ff');
  await expectWorkingTimeline(page);
  await page.goto('./?%ff=%fe&tag=%');
  await expectWorkingTimeline(page);
});

test('a 10,000-character value is handled and the page stays usable', async ({ page }) => {
  await page.goto(`./?q=${'a'.repeat(10000)}`);
  await expect(heading(page)).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectWorkingTimeline(page);
});

test('unknown ids and impossible dates are ignored and reported in a dismissible notice', async ({ page }) => {
  await page.goto('./?tag=nope&from=2015-13');
  await expect(heading(page)).toBeVisible();
  const notice = page.getByTestId('ignored-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('nope');
  await expect(notice).toContainText('2015-13');
  // Nothing was applied: the list is the whole timeline.
  await expect(page.getByRole('button', { name: /^Remove filter/ })).toHaveCount(0);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
  await expectWorkingTimeline(page);
});

test('hostile values on an event page are harmless too', async ({ page }) => {
  await page.goto('./');
  const id = await page.getByTestId('event').first().getAttribute('data-event-id');
  await page.goto(`./events/${id}/?q=<b>x</b>&person=%ff&sort=sideways`);
  await expect(page.getByTestId('event-page')).toBeVisible();
  await expect(page.locator('main b')).toHaveCount(0);
  await expect(page.getByTestId('ignored-notice')).toBeVisible();
  await page.goto('./events/%3Cscript%3E/');
  await expect(heading(page)).toHaveText('Not found');
  await expect(page.getByTestId('not-found')).toContainText('<script>');
});

// A host that answers unknown paths with 404.html (GitHub Pages, Netlify), or the service
// worker for a returning reader, shows the app at addresses such as `//evil.example/`. A link
// the app builds from the address must stay on this site whatever the path holds.
for (const path of ['//evil.example/', '/\\evil.example/', '/%2F%2Fevil.example/', '/%5Cevil.example/', '//evil.example/events/x/']) {
  test(`every link stays on the site at the address ${path}?embed=1`, async ({ page, baseURL }) => {
    const root = new URL(baseURL);
    const address = `${root.origin}${root.pathname.replace(/\/$/, '')}${path}?embed=1`;
    await page.goto(address);
    await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
    await expect(page.getByRole('link', { name: /Open the full timeline/ })).toBeVisible();
    const offSite = await page.evaluate(() =>
      [...document.querySelectorAll('a[href]')]
        .map((a) => a.href)
        .filter((href) => new URL(href).origin !== location.origin),
    );
    expect(offSite, `links that leave ${root.origin} from ${address}`).toEqual([]);
  });
}
