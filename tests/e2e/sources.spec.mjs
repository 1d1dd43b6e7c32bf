// The sources (issue 13): each document in full with every cited passage marked in place,
// "Read it in its source" from an event landing on the passage, the pages with JavaScript off,
// and unknown source names leading to the not-found page with the sources.
import { test, expect } from './fixtures.mjs';

/** Text as the build compares it: runs of whitespace (no-break spaces too) as one space. */
const words = (text) => text.replace(/\s+/g, ' ').trim();

async function whenLive(page) {
  await page.locator('html[data-app="live"]').waitFor({ state: 'attached' });
}

async function events(request) {
  const response = await request.get('data/events.json');
  expect(response.status()).toBe(200);
  return (await response.json()).events;
}

test('the sources page lists every source, each leading to its full text', async ({ page }) => {
  await page.goto('sources/');
  await whenLive(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
  const items = page.locator('.source-item');
  await expect(items).toHaveCount(5);
  for (const item of await items.all()) {
    await expect(item.locator('.source-coverage')).toHaveText(
      /^The timeline cites \d+ of its \d+ words \(\d+%\), in \d+ passages?\.$/,
    );
  }
  const first = items.first().getByRole('link');
  const headline = await first.textContent();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  await expect(page.getByTestId('source-article').locator('mark.passage').first()).toBeVisible();
  // The header says who published it and how the date is known.
  await expect(page.locator('.source-facts')).toContainText('Published by');
});

test('"Read it in its source" lands on the passage, marked, in view and focused', async ({ page, request }) => {
  const all = await events(request);
  // An event whose citation quotes a passage from the middle of a long source.
  const event = all.find((e) => e.citations?.some((c) => c.excerpt && c.source.startsWith('004')));
  expect(event, 'an event citing source 004 with an excerpt').toBeTruthy();
  const excerpt = event.citations.find((c) => c.excerpt && c.source.startsWith('004')).excerpt;
  await page.setViewportSize({ width: 390, height: 700 });
  await page.goto(`events/${event.id}/`);
  await whenLive(page);
  const citation = page.locator('li.citation').filter({ hasText: words(excerpt).slice(0, 40) }).first();
  await citation.getByRole('link', { name: 'Read it in its source' }).click();

  await expect(page).toHaveURL(/\/sources\/004_[0-9a-f]+\/#passage-\d+$/);
  const anchor = new URL(page.url()).hash.slice(1);
  const passage = page.locator(`[id="${anchor}"]`);
  await expect(passage).toBeFocused();
  await expect(passage).toBeInViewport();
  // The whole passage (which may run over several paragraphs) holds the excerpt word for word.
  const marked = await page.evaluate((id) => {
    const first = document.getElementById(id);
    const passages = [...document.querySelectorAll('mark.passage')];
    const note = first.getAttribute('aria-describedby');
    return passages
      .filter((m) => m.getAttribute('aria-describedby') === note)
      .map((m) => m.textContent)
      .join(' ');
  }, anchor);
  expect(words(marked)).toContain(words(excerpt));
  // Its note leads back to the event.
  const note = page.locator(`#note-${anchor}`);
  await expect(note.getByRole('link', { name: event.title })).toHaveAttribute(
    'href',
    new RegExp(`/events/${event.id}/$`),
  );
});

test('a sample of citations: each passage is marked on its source page and links back', async ({ page, request }) => {
  test.setTimeout(120_000);
  const all = await events(request);
  const sample = all.filter((_, i) => i % 7 === 0);
  for (const event of sample) {
    await page.goto(`events/${event.id}/`);
    const links = page.getByRole('link', { name: 'Read it in its source' });
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length, `${event.id} has excerpts`).toBe(event.citations.filter((c) => c.excerpt).length);
    for (const href of hrefs) {
      await page.goto(href);
      const anchor = href.split('#')[1];
      expect(anchor, `${event.id}: ${href} names a passage`).toMatch(/^passage-\d+$/);
      await expect(page.locator(`mark#${anchor}`), `${href}`).toHaveCount(1);
      await expect(
        page.locator(`#note-${anchor} a[href$="/events/${event.id}/"]`),
        `${href} links back to ${event.id}`,
      ).toHaveCount(1);
    }
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a source page shows the whole text, its marks and their links', async ({ page, request }) => {
    const all = await events(request);
    await page.goto('sources/');
    const links = page.locator('.source-item h2 a');
    await expect(links).toHaveCount(5);
    await page.goto(await links.nth(1).getAttribute('href'));
    const marks = page.locator('mark.passage[id^="passage-"]');
    expect(await marks.count()).toBeGreaterThan(3);
    const titles = new Set(all.map((e) => e.title));
    const noteLinks = page.locator('.passage-note a');
    for (const link of await noteLinks.all()) expect(titles.has(await link.textContent())).toBe(true);
    // A passage linked directly is the page's target, styled as such.
    const id = await marks.nth(2).getAttribute('id');
    await page.goto(`${page.url().split('#')[0]}#${id}`);
    await expect(page.locator(`mark#${id}`)).toBeInViewport();
    const background = await page.locator(`mark#${id}`).evaluate((m) => getComputedStyle(m).backgroundColor);
    const other = await marks.nth(0).evaluate((m) => getComputedStyle(m).backgroundColor);
    expect(background).not.toBe(other);
  });
});

test('an unknown source name gives the not-found page with the sources to choose from', async ({ page }) => {
  await page.goto('sources/001_d61eb1f380b3864z/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
  await expect(page.getByTestId('not-found')).toContainText('There is no source at “001_d61eb1f380b3864z”');
  const suggestion = page.getByTestId('suggestions').getByRole('link').first();
  await expect(suggestion).toHaveAttribute('href', /\/sources\/001_d61eb1f380b3864e\/$/);
  await suggestion.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Birmingham Independent Improvement Panel recommends stepping back',
  );
});

test.describe('when the text cannot be fetched', () => {
  // The failed request is the point of these tests.
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });

  test('moving to a source in the app says so in place of the text', async ({ page }) => {
    await page.goto('sources/');
    await whenLive(page);
    await page.route(/article\.bin$/, (route) => route.abort());
    await page.locator('.source-item a').first().click();
    await expect(page.getByRole('alert')).toHaveText(/The text of this source could not be loaded/);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Sources');
  });

  test('a source page loaded afresh stays whole and readable as rendered', async ({ page }) => {
    await page.route(/article\.bin$/, (route) => route.abort());
    await page.goto('sources/001_d61eb1f380b3864e/');
    await expect(page.getByTestId('source-article').locator('mark.passage').first()).toBeVisible();
    // The app leaves the page it could not draw the same to the reader.
    await page.waitForTimeout(500);
    await expect(page.locator('html')).not.toHaveAttribute('data-app', 'live');
    const link = page.locator('.passage-note a').first();
    const href = await link.getAttribute('href');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });
});
