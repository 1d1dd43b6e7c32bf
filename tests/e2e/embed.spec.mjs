// Embedding in other sites: the snippet (embed.js) on a host page served from another origin,
// the frame's height following its content, the event opened in the embed mirrored into the
// host's fragment and back, several embeds on one page, forged messages, the plain iframe in a
// sandbox, embed mode's own page (credit, links, axe) and the "Embed" disclosure.
//
// The host page is served by a small server of the spec's own on another port of 127.0.0.1
// (a real server: Chromium lets a loopback page load the site's loopback files), and a forger
// by a second one, a third origin.
import { createServer } from 'node:http';
import { test, expect, axe } from './fixtures.mjs';

const FRAME_TITLE = 'Birmingham Improvement Panel timeline';
let HOST;
let FORGER;
let hostPage = '';
const servers = [];

/** Starts a server on a free port answering every request with `respond()`'s HTML. */
async function serve(respond) {
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(respond());
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}`;
}

test.beforeAll(async () => {
  HOST = await serve(() => hostPage);
  FORGER = await serve(() => '<!DOCTYPE html><html lang="en"><title>Forger</title></html>');
});

test.afterAll(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

/** Makes HOST serve `body` in an article page, with the snippet's script unless `script` is false. */
function serveHost(body, { script = true, baseURL, policy = '' } = {}) {
  const snippet = script ? `<script src="${baseURL}embed.js" async></script>` : '';
  const meta = policy ? `<meta http-equiv="Content-Security-Policy" content="${policy}">` : '';
  hostPage = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${meta}<title>A news article</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { margin: 0 auto; max-width: 640px; font-family: sans-serif; } .filler { height: 300px; }</style>
</head><body><h1 id="top">A news article</h1><p class="filler">Text before the embed.</p>
${body}
<p>Text after the embed.</p>${snippet}</body></html>`;
}

/** The `Frame` inside an iframe element. */
async function frameOf(iframe) {
  const handle = await iframe.elementHandle();
  return handle.contentFrame();
}

/** The iframe's height on the host page and its content's height, in CSS pixels. */
async function heights(iframe) {
  const frame = await frameOf(iframe);
  const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  return { outer, inner };
}

/** Waits until the iframe is exactly as tall as its content (and not scrollable); its height. */
async function fittedHeight(iframe) {
  await expect
    .poll(async () => {
      const { outer, inner } = await heights(iframe);
      return Math.abs(outer - Math.ceil(inner)) < 1 && outer > 100;
    }, { message: 'the iframe takes the height of its content' })
    .toBe(true);
  const frame = await frameOf(iframe);
  expect(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
  return (await heights(iframe)).outer;
}

const hostFragment = (page) => page.evaluate(() => location.hash);
/** The app's event cards in a frame (not the pre-rendered list the app replaces). */
// The events of the live app: until the app has taken over, the list is the HTML rendered
// without the frame's filters.
const appEvents = (frame) => frame.locator('html[data-app="live"] [data-testid="event"][data-event-id]');

test.describe('the snippet on another site', () => {
  test('works on a host page with a strict policy of its own, allowing only what docs/embedding.md says', async ({ page, baseURL }) => {
    const site = new URL(baseURL).origin;
    // The host's own inline style is its business; for the embed it allows the site's script
    // and frame, and nothing else.
    const policy = `default-src 'none'; style-src 'unsafe-inline'; script-src ${site}; frame-src ${site}`;
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    serveHost('<div id="one" data-biip-timeline data-filter="tag=finance"></div>', { baseURL, policy });
    await page.goto(`${HOST}/article.html`);
    const iframe = page.locator('#one iframe');
    await expect(iframe).toHaveAttribute('title', FRAME_TITLE);
    const embed = page.frameLocator('#one iframe');
    await expect(embed.getByTestId('result-count')).toHaveText(/^\d+ events$/);
    // The frame is sized by the snippet (CSSOM styles, which the host's policy allows).
    expect((await heights(iframe)).outer).toBeGreaterThan(300);
    expect(await page.evaluate(() => window.__violations)).toEqual([]);
    const frame = await frameOf(iframe);
    expect(await frame.evaluate(() => window.__violations)).toEqual([]);
  });

  test('creates a titled iframe whose height follows its content', async ({ page, baseURL }) => {
    serveHost('<div id="one" data-biip-timeline data-filter="tag=finance&amp;embed=0&amp;x=<b>"></div>', { baseURL });
    await page.goto(`${HOST}/article.html`);
    const iframe = page.locator('#one iframe');
    await expect(iframe).toHaveAttribute('title', FRAME_TITLE);
    // Only the timeline's own filter keys reach the frame's address, and embed is forced on.
    const src = new URL(await iframe.getAttribute('src'));
    expect(src.href.startsWith(baseURL)).toBe(true);
    expect(src.search).toBe('?tag=finance&embed=1');
    expect(src.hash).toBe(`#biip-parent=${encodeURIComponent(HOST)}`);

    const embed = page.frameLocator('#one iframe');
    await expect(embed.getByTestId('result-count')).toHaveText(/^\d+ events$/);
    await expect(embed.locator('.site-header')).toHaveCount(0);
    const all = await fittedHeight(iframe);

    // One result: the frame shrinks to it.
    const title = (await appEvents(embed).first().getByRole('link').innerText()).trim();
    await embed.getByText('Search and filter', { exact: true }).first().click();
    await embed.getByLabel('Search the timeline').fill(title);
    await expect(embed.getByTestId('result-count')).toHaveText('1 event');
    await expect.poll(async () => (await heights(iframe)).outer).toBeLessThan(all - 300);
    const one = await fittedHeight(iframe);

    // Every filter cleared: it grows again, past the finance-only height.
    await embed.getByRole('button', { name: 'Clear all' }).click();
    await expect(embed.getByTestId('result-count')).toHaveText(/^\d+ events$/);
    await expect.poll(async () => (await heights(iframe)).outer).toBeGreaterThan(all);
    expect(await fittedHeight(iframe)).toBeGreaterThan(one);
  });

  test('an event opened in the embed is mirrored into the host fragment, and back', async ({ page, baseURL }) => {
    serveHost('<div id="one" data-biip-timeline data-filter="tag=finance"></div>', { baseURL });
    await page.goto(`${HOST}/article.html#top&note=1`);
    const embed = page.frameLocator('#one iframe');
    const card = appEvents(embed).nth(1);
    const id = await card.getAttribute('data-event-id');
    const title = (await card.getByRole('link').innerText()).trim();
    const historyLength = await page.evaluate(() => history.length);

    await card.getByRole('link').click();
    await expect(embed.getByRole('heading', { level: 1 })).toHaveText(title);
    // Other fragment parts stay as they were; the event is added.
    await expect.poll(() => hostFragment(page)).toBe(`#top&note=1&biip=${id}`);
    // Inside the embed, links keep embed mode.
    await expect(embed.locator('.back-link a')).toHaveAttribute('href', /\?tag=finance&embed=1$/);
    await expect(embed.locator('.topic-list a').first()).toHaveAttribute('href', /&embed=1$/);
    // The host added no history entry of its own (the frame's navigation adds one).
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(historyLength + 1);
    await fittedHeight(page.locator('#one iframe'));

    await embed.locator('.back-link a').click();
    await expect(embed.getByTestId('result-count')).toBeVisible();
    await expect.poll(() => hostFragment(page)).toBe('#top&note=1');
  });

  test('a host address with the fragment opens the embed at that event', async ({ page, baseURL }) => {
    serveHost('<div id="one" data-biip-timeline></div>', { baseURL });
    await page.goto(`${HOST}/article.html`);
    const embed = page.frameLocator('#one iframe');
    const card = appEvents(embed).nth(3);
    const id = await card.getAttribute('data-event-id');
    const title = (await card.getByRole('link').innerText()).trim();

    // Edited in place (same document): the embed follows.
    await page.goto(`${HOST}/article.html#biip=${id}`);
    await expect(embed.getByRole('heading', { level: 1 })).toHaveText(title);

    // Loaded afresh: the iframe starts there.
    await page.goto('about:blank');
    await page.goto(`${HOST}/article.html#biip=${id}`);
    await expect(page.locator('#one iframe')).toHaveAttribute('src', new RegExp(`/events/${id}/\\?embed=1#`));
    await expect(embed.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(embed.getByTestId('event-page')).toBeVisible();
    await fittedHeight(page.locator('#one iframe'));
    // Opening it reported nothing new: the fragment is as the reader's link had it.
    expect(await hostFragment(page)).toBe(`#biip=${id}`);

    // A fragment that is not an event id is ignored: the timeline opens.
    await page.goto('about:blank');
    await page.goto(`${HOST}/article.html#biip=%3Cscript%3E`);
    await expect(page.locator('#one iframe')).toHaveAttribute('src', new RegExp(`^${baseURL.replace(/[.?]/g, '\\$&')}\\?embed=1#`));
    await expect(embed.getByTestId('result-count')).toBeVisible();
  });

  test('with data-history="push", the host back button closes the event in the embed', async ({ page, baseURL }) => {
    serveHost('<div id="one" data-biip-timeline data-history="push"></div>', { baseURL });
    await page.goto(`${HOST}/article.html`);
    const embed = page.frameLocator('#one iframe');
    const card = appEvents(embed).first();
    const id = await card.getAttribute('data-event-id');
    await card.getByRole('link').click();
    await expect(embed.getByTestId('event-page')).toBeVisible();
    await expect.poll(() => hostFragment(page)).toBe(`#biip=${id}`);

    await page.goBack();
    await expect.poll(() => hostFragment(page)).toBe('');
    // The snippet asks the frame for the timeline again.
    await expect(embed.getByTestId('result-count')).toBeVisible();
    await expect(embed.getByTestId('event-page')).toHaveCount(0);
  });

  test('two embeds on one page keep to their own fragment key', async ({ page, baseURL }) => {
    serveHost(
      '<div id="one" data-biip-timeline data-filter="kind=letter"></div><div id="two" data-biip-timeline data-filter="tag=finance"></div>',
      { baseURL },
    );
    await page.goto(`${HOST}/article.html`);
    const one = page.frameLocator('#one iframe');
    const two = page.frameLocator('#two iframe');
    await expect(one.getByTestId('result-count')).toBeVisible();
    await page.locator('#two iframe').scrollIntoViewIfNeeded();
    await expect(two.getByTestId('result-count')).toBeVisible();

    const second = appEvents(two).first();
    const secondId = await second.getAttribute('data-event-id');
    await second.getByRole('link').click();
    await expect(two.getByTestId('event-page')).toBeVisible();
    await expect.poll(() => hostFragment(page)).toBe(`#biip-2=${secondId}`);
    await expect(one.getByTestId('result-count')).toBeVisible();
    await expect(one.getByTestId('event-page')).toHaveCount(0);

    const firstId = await appEvents(one).first().getAttribute('data-event-id');
    expect(firstId).not.toBe(secondId);
    await page.goto('about:blank');
    await page.goto(`${HOST}/article.html#biip-2=${secondId}&biip=${firstId}`);
    await expect(page.locator('#one iframe')).toHaveAttribute('src', new RegExp(`/events/${firstId}/\\?kind=letter&embed=1#`));
    await expect(page.locator('#two iframe')).toHaveAttribute('src', new RegExp(`/events/${secondId}/\\?tag=finance&embed=1#`));
    await expect(one.getByTestId('event-page')).toBeVisible();
    await page.locator('#two iframe').scrollIntoViewIfNeeded();
    await expect(two.getByTestId('event-page')).toBeVisible();
  });

  test('forged messages from other windows are ignored', async ({ page, baseURL }) => {
    const site = new URL(baseURL).origin;
    // One forger on a third origin, one on the site's own origin (right origin, wrong window).
    await page.route(`${site}/forger.html`, (route) => route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>f</title>' }));
    serveHost(
      `<div id="one" data-biip-timeline></div>
       <iframe id="forger" title="Forger" src="${FORGER}/forger.html" width="50" height="50"></iframe>
       <iframe id="same-origin-forger" title="Forger on the site's origin" src="${site}/forger.html" width="50" height="50"></iframe>`,
      { baseURL },
    );
    await page.goto(`${HOST}/article.html`);
    const iframe = page.locator('#one iframe');
    const embed = page.frameLocator('#one iframe');
    await expect(embed.getByTestId('result-count')).toBeVisible();
    const fitted = await fittedHeight(iframe);
    const id = await appEvents(embed).nth(2).getAttribute('data-event-id');

    const height = { protocol: 'biip-timeline', version: 1, type: 'height', height: 1234 };
    const navigate = { protocol: 'biip-timeline', version: 1, type: 'navigate', event: id };
    const forge = (frame) =>
      frame.evaluate(([height, navigate]) => {
        parent.postMessage(height, '*');
        parent.postMessage(navigate, '*');
        // And at the embed itself (at every frame of the page): an `open` not from its parent.
        for (let i = 0; i < parent.frames.length; i++) {
          parent.frames[i].postMessage({ protocol: 'biip-timeline', version: 1, type: 'open', event: navigate.event }, '*');
        }
      }, [height, navigate]);
    await forge(await frameOf(page.locator('#forger')));
    await forge(await frameOf(page.locator('#same-origin-forger')));
    // The host page itself is not the embed either; and malformed messages from the real
    // frame (wrong version, bad height, bad id) are dropped too.
    await page.evaluate(([height, navigate]) => {
      postMessage(height, '*');
      postMessage(navigate, '*');
    }, [height, navigate]);
    const real = await frameOf(iframe);
    await real.evaluate((id) => {
      parent.postMessage({ protocol: 'biip-timeline', version: 2, type: 'height', height: 1234 }, '*');
      parent.postMessage({ protocol: 'biip-timeline', version: 1, type: 'height', height: 1e9 }, '*');
      parent.postMessage({ protocol: 'biip-timeline', version: 1, type: 'height', height: '1234' }, '*');
      parent.postMessage({ protocol: 'biip-timeline', version: 1, type: 'navigate', event: `${id}/../x` }, '*');
      parent.postMessage({ protocol: 'biip-timeline', version: 1, type: 'navigate', event: '<img src=x>' }, '*');
    }, id);
    // And the host's `open` with a bad id does not move the embed.
    await page.evaluate(() => {
      document.querySelector('#one iframe').contentWindow.postMessage({ protocol: 'biip-timeline', version: 1, type: 'open', event: '../../x' }, '*');
    });

    await page.waitForTimeout(500);
    expect((await heights(iframe)).outer).toBe(fitted);
    expect(await hostFragment(page)).toBe('');
    await expect(embed.getByTestId('result-count')).toBeVisible();
    await expect(embed.getByTestId('event-page')).toHaveCount(0);

    // The same valid messages from the embed's own frame are obeyed: the test can tell.
    await real.evaluate(([height, navigate]) => {
      parent.postMessage(height, '*');
      parent.postMessage(navigate, '*');
    }, [height, navigate]);
    await expect.poll(async () => (await heights(iframe)).outer).toBe(1234);
    await expect.poll(() => hostFragment(page)).toBe(`#biip=${id}`);

    // The embed's own window, once it shows another origin's page, is not trusted either.
    await real.evaluate((url) => (location.href = url), `${FORGER}/elsewhere.html`);
    await expect.poll(() => frameOf(iframe).then((frame) => frame.url())).toBe(`${FORGER}/elsewhere.html`);
    await (await frameOf(iframe)).evaluate(() => {
      parent.postMessage({ protocol: 'biip-timeline', version: 1, type: 'height', height: 777 }, '*');
      parent.postMessage({ protocol: 'biip-timeline', version: 1, type: 'navigate', event: null }, '*');
    });
    await page.waitForTimeout(500);
    expect((await heights(iframe)).outer).toBe(1234);
    expect(await hostFragment(page)).toBe(`#biip=${id}`);
  });
});

test.describe('the plain iframe, without the snippet', () => {
  test('works in a sandbox, keeps embed mode and opens the full timeline in a new tab', async ({ page, context, baseURL }) => {
    serveHost(
      `<iframe id="plain" src="${baseURL}?tag=finance&amp;embed=1" title="${FRAME_TITLE}" width="100%" height="600"
        style="border:0" sandbox="allow-scripts allow-same-origin allow-popups"></iframe>`,
      { script: false, baseURL },
    );
    await page.goto(`${HOST}/article.html`);
    const embed = page.frameLocator('#plain');
    await expect(embed.getByTestId('result-count')).toHaveText(/^\d+ events$/);
    await expect(embed.locator('.site-header')).toHaveCount(0);
    await expect(embed.locator('.site-footer')).toHaveCount(0);
    const credit = embed.getByRole('contentinfo');
    await expect(credit).toContainText('Compiled from five public documents');
    const open = credit.getByRole('link', { name: /Open the full timeline/ });
    await expect(open).toHaveAttribute('target', '_blank');
    await expect(open).toHaveAttribute('rel', /noopener/);
    await expect(open).toHaveAttribute('href', /\/\?tag=finance$/);

    const card = appEvents(embed).first();
    const title = (await card.getByRole('link').innerText()).trim();
    await card.getByRole('link').click();
    await expect(embed.getByRole('heading', { level: 1 })).toHaveText(title);
    const frame = await frameOf(page.locator('#plain'));
    expect(frame.url()).toMatch(/\/events\/[a-z0-9-]+\/\?tag=finance&embed=1$/);
    await expect(open).toHaveAttribute('href', /\/events\/[a-z0-9-]+\/\?tag=finance$/);

    const [full] = await Promise.all([context.waitForEvent('page'), open.click()]);
    await full.waitForLoadState();
    expect(full.url()).toBe(new URL(await open.getAttribute('href'), frame.url()).href);
    await expect(full.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(full.locator('.site-header')).toBeVisible();
    await expect(full.locator('.embed-credit')).toHaveCount(0);
  });
});

test.describe('embed mode', () => {
  for (const colorScheme of ['light', 'dark']) {
    test(`is compact, credited and passes axe (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 360, height: 640 });
      await page.goto('./?embed=1&tag=finance');
      await expect(page.getByTestId('result-count')).toBeVisible();
      await expect(page.locator('.site-header')).toHaveCount(0);
      await expect(page.locator('.embed-credit')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      await expectNoSeriousViolations(page);

      await page.getByTestId('event').first().getByRole('link').click();
      await expect(page.getByTestId('event-page')).toBeVisible();
      await expect(page).toHaveURL(/\/events\/[a-z0-9-]+\/\?tag=finance&embed=1$/);
      await expect(page.locator('.copy-link')).toBeHidden();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      await expectNoSeriousViolations(page);
    });
  }

  test('/embed/ opens the same view in embed mode, with the filters it was given', async ({ page, baseURL }) => {
    await page.goto('./embed/?tag=finance');
    await expect(page).toHaveURL(`${baseURL}?tag=finance&embed=1`);
    await expect(page.locator('.embed-credit')).toBeVisible();
    await expect(page.locator('.site-header')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Remove filter Topic: Finance$/ })).toBeVisible();
  });

  test('the pre-rendered page shows without the site chrome too', async ({ page }) => {
    // Hold the wasm back until the pre-rendered page has been looked at.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./?embed=1', { waitUntil: 'domcontentloaded' });
    await expect(page.locator('html[data-app="live"]')).toHaveCount(0);
    await expect(page.locator('[data-testid="event"]').first()).toBeVisible();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    // They are there, only hidden: the page was rendered for every visitor, embedded or not.
    await expect(page.locator('.site-header')).toHaveCount(1);
    const card = await page.locator('[data-testid="event"]').first().elementHandle();
    release();
    await expect(page.locator('html[data-app="live"]')).toHaveCount(1);
    await expect(page.locator('.embed-credit')).toBeVisible();
    // The app follows embed mode in the page it was given: the chrome goes, the list stays.
    await expect(page.locator('.site-header')).toHaveCount(0);
    expect(await card.evaluate((node) => node.isConnected)).toBe(true);
  });
});

async function expectNoSeriousViolations(page) {
  const results = await axe(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  expect(serious).toEqual([]);
}

test.describe('the Embed disclosure', () => {
  test('gives the snippet and iframe for the current filters, and copies them', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./?tag=finance');
    await expect(page.getByTestId('result-count')).toBeVisible();
    const summary = page.locator('.results-bar summary', { hasText: 'Embed' });
    await summary.focus();
    await page.keyboard.press('Enter');
    const snippet = page.getByLabel('Snippet', { exact: true });
    const iframe = page.getByLabel(/plain iframe/);
    await expect(snippet).toBeVisible();
    await expect(snippet).toHaveAttribute('readonly', '');
    await expect(snippet).toHaveValue(
      `<div data-biip-timeline data-filter="tag=finance"></div>\n<script src="${baseURL}embed.js" async></script>`,
    );
    await expect(iframe).toHaveValue(new RegExp(`^<iframe src="${baseURL.replace(/[.?]/g, '\\$&')}\\?tag=finance&amp;embed=1" title="${FRAME_TITLE}"`));
    await expect(iframe).toHaveValue(/sandbox="allow-scripts allow-same-origin allow-popups[^"]*"/);

    await page.getByRole('button', { name: 'Copy snippet' }).click();
    await expect(page.locator('.embed-control [role="status"]')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());

    // A changed view while it is open: the code follows.
    await page.getByLabel('Search the timeline').fill('council');
    await expect(snippet).toHaveValue(/data-filter="q=council&amp;tag=finance"/);
    await expect(iframe).toHaveValue(/\?q=council&amp;tag=finance&amp;embed=1"/);
  });

  test('on an event page, gives the event; the snippet works when pasted into a page', async ({ page, baseURL }) => {
    await page.goto('./?q=panel');
    await expect(page.getByTestId('result-count')).toBeVisible();
    const card = appEvents(page).nth(1);
    const id = await card.getAttribute('data-event-id');
    const title = (await card.getByRole('link').innerText()).trim();
    await card.getByRole('link').click();
    await expect(page.getByTestId('event-page')).toBeVisible();
    await page.locator('.event-header summary', { hasText: 'Embed' }).click();
    const snippet = page.getByLabel('Snippet', { exact: true });
    await expect(snippet).toHaveValue(
      `<div data-biip-timeline data-filter="q=panel" data-event="${id}"></div>\n<script src="${baseURL}embed.js" async></script>`,
    );
    await expect(page.getByLabel(/plain iframe/)).toHaveValue(new RegExp(`src="${baseURL.replace(/[.?]/g, '\\$&')}events/${id}/\\?q=panel&amp;embed=1"`));
    const code = await snippet.inputValue();

    // The copied code, as it is, on another site.
    serveHost(code, { script: false, baseURL });
    await page.goto(`${HOST}/article.html`);
    const embed = page.frameLocator('[data-biip-timeline] iframe');
    await expect(embed.getByRole('heading', { level: 1 })).toHaveText(title);
    await embed.locator('.back-link a').click();
    await expect(embed.getByTestId('result-count')).toBeVisible();
    await expect(embed.locator('mark').first()).toHaveText(/panel/i);
  });
});
