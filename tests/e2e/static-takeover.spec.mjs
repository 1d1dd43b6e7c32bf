// One renderer: every page's HTML comes from the app's own views, rendered by the build step,
// and the app takes over that HTML instead of drawing the page again. Runs in both projects
// (dist/ at the root and dist-subpath/ under /some/path/).
//
//  - Parity: for home, every event page, the sources, every page of a person, organisation
//    and document, and the not-found pages, the main content read with
//    JavaScript off equals the main content once the app is live: headings, paragraphs, list
//    items, terms and links, as text, in order. A difference names the page and the first
//    differing line. The one exception is the not-found page's `[data-address-specific]`
//    part: a static host serves one 404.html for every unknown address, so only the app can
//    name the address and suggest events like it.
//  - Adoption: nodes marked before the wasm runs are the same nodes once the app is
//    interactive; no layout shift; the scroll position, the focus and text typed into the
//    search box before the app started all survive it.
import { test, expect } from './fixtures.mjs';

/** The main content as lines of text, in document order ("h2: When", "a: … → /events/…"). */
async function mainContent(page) {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return ['(no main element)'];
    const skip = (el) => el.closest('[data-address-specific], [hidden], template');
    const text = (el) => el.textContent.replace(/\s+/g, ' ').trim();
    return [...main.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li, dt, dd, a, blockquote, figcaption')]
      .filter((el) => !skip(el))
      .map((el) => {
        const tag = el.tagName.toLowerCase();
        const href = tag === 'a' ? ` -> ${el.getAttribute('href')}` : '';
        return `${tag}: ${text(el)}${href}`;
      });
  });
}

/** The first line where two readings differ, or null. */
function firstDifference(withoutJs, withJs) {
  const length = Math.max(withoutJs.length, withJs.length);
  for (let i = 0; i < length; i += 1) {
    if (withoutJs[i] !== withJs[i]) {
      return `line ${i + 1}:\n  JavaScript off: ${withoutJs[i] ?? '(nothing)'}\n  app live:       ${withJs[i] ?? '(nothing)'}`;
    }
  }
  return null;
}

/** Waits until the app has taken over the page and the next frame has been drawn. */
async function whenLive(page) {
  await page.locator('html[data-app="live"]').waitFor({ state: 'attached' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

test.describe('one renderer', () => {
  test('with JavaScript off and with the app live, every page shows the same main content', async ({
    browser,
    request,
  }, testInfo) => {
    test.setTimeout(300_000);
    const response = await request.get('data/events.json');
    expect(response.status()).toBe(200);
    const { events } = await response.json();
    // The sources' pages, as the list of sources links them.
    const sourcesHtml = await (await request.get('sources/')).text();
    const SOURCE_SLUGS = [...new Set([...sourcesHtml.matchAll(/href="[^"]*\/sources\/([^/"#]+)\/"/g)].map((m) => m[1]))];
    expect(SOURCE_SLUGS).toHaveLength(5);
    const sitemap = await (await request.get('sitemap.xml')).text();
    const ENTITY_PATHS = [...sitemap.matchAll(/<loc>[^<]*?\/((?:people|organisations|documents)\/[^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(ENTITY_PATHS.length).toBeGreaterThan(40);
    const pages = [
      { name: 'home', path: '' },
      ...events.map((event) => ({ name: `event ${event.id}`, path: `events/${event.id}/` })),
      { name: 'changes', path: 'changes/' },
      { name: 'sources', path: 'sources/' },
      ...SOURCE_SLUGS.map((slug) => ({ name: `source ${slug}`, path: `sources/${slug}/` })),
      { name: 'unknown source', path: 'sources/no-such-source/' },
      // Every page of a person, organisation and document, as the sitemap lists them.
      ...ENTITY_PATHS.map((path) => ({ name: path, path })),
      { name: 'not found', path: 'events/no-such-event-here/' },
    ];
    const baseURL = testInfo.project.use.baseURL;
    const off = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const on = await browser.newContext({ baseURL });
    const offPage = await off.newPage();
    const onPage = await on.newPage();
    const differences = [];
    for (const { name, path } of pages) {
      await offPage.goto(path, { waitUntil: 'domcontentloaded' });
      const withoutJs = await mainContent(offPage);
      await onPage.goto(path);
      await whenLive(onPage);
      const withJs = await mainContent(onPage);
      expect(withoutJs.length, `${name}: main content read with JavaScript off`).toBeGreaterThan(2);
      const difference = firstDifference(withoutJs, withJs);
      if (difference) differences.push(`${name} (${path || '/'}) differs at ${difference}`);
    }
    await off.close();
    await on.close();
    expect(differences, differences.join('\n\n')).toEqual([]);
  });

  test('the app adopts the page it was given: the same nodes, and focus and typing kept', async ({
    page,
  }) => {
    // Hold the wasm back until the page has been marked, scrolled and typed into.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/_bg\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('', { waitUntil: 'domcontentloaded' });
    await expect(page.locator('html[data-app="live"]')).toHaveCount(0);

    const firstCard = page.locator('[data-testid="event"]').first();
    const firstId = await firstCard.getAttribute('data-event-id');
    await page.evaluate(() => {
      document.querySelector('main h1').biipMark = 'heading';
      document.querySelector('[data-testid="event"]').biipMark = 'first card';
      window.scrollTo(0, 300);
    });
    // A reader starts typing before the app is there.
    const search = page.getByRole('searchbox', { name: 'Search the timeline' });
    await search.focus();
    await page.keyboard.type('kerslake');
    const scrolledTo = await page.evaluate(() => window.scrollY);
    expect(scrolledTo).toBeGreaterThan(0);
    const count = page.getByTestId('result-count');
    const everything = await count.textContent();

    release();
    await whenLive(page);

    // The typed search became the filter, and the list narrowed to it.
    await expect(page).toHaveURL(/[?&]q=kerslake/);
    await expect(search).toHaveValue('kerslake');
    await expect(search).toBeFocused();
    await expect(count).not.toHaveText(everything);

    const adopted = await page.evaluate((id) => {
      const card = document.querySelector(`[data-testid="event"][data-event-id="${id}"]`);
      return {
        heading: document.querySelector('main h1').biipMark ?? null,
        card: card?.biipMark ?? null,
      };
    }, firstId);
    expect(adopted, 'the pre-rendered heading and first card are the live nodes').toEqual({
      heading: 'heading',
      card: 'first card',
    });
  });

  test('the takeover moves nothing: no layout shift, and the scroll position stays', async ({ page }) => {
    // Layout shifts from the first paint on, read back after the app has started.
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/_bg\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('', { waitUntil: 'domcontentloaded' });
    await page.evaluate(() => window.scrollTo(0, 900));
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(0);
    const heading = await page.locator('[data-testid="event"]').nth(5).elementHandle();
    release();
    await whenLive(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    // The same node is still in the document.
    expect(await heading.evaluate((node) => node.isConnected)).toBe(true);
    const shifts = await page.evaluate(() => window.__shifts);
    expect(shifts.filter((value) => value > 0), 'layout shifts during the takeover').toEqual([]);
  });
});
