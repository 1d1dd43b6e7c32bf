// Dates as the sources give them, and the public record of changes (issue 11): an interval and
// a bound read as a person writes them on an event page and in the list; a date filter that
// cuts an interval keeps the event; the changes page and the Atom feed list every addition and
// correction, each linking to its place on the event's page.
import { test, expect, expectLive } from './fixtures.mjs';

const INTERVAL = 'events/2015-07-dclg-grant-agreed/';
const BOUND = 'events/2017-ofsted-monitoring-report-childrens-services/';

test('an interval and a bound read as a person writes them, with and without JavaScript', async ({ browser, baseURL }) => {
  for (const javaScriptEnabled of [false, true]) {
    const context = await browser.newContext({ baseURL, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(INTERVAL);
    if (javaScriptEnabled) await expectLive(page);
    const header = page.locator('.event-header .event-date');
    await expect(header).toContainText('between June 2015 (uncertain) and December 2015');
    await expect(header.locator('[data-edtf]')).toHaveAttribute('data-edtf', '2015-06?/2015-12');
    await expect(page.locator('#when')).toBeAttached();
    await expect(page.getByText('An interval: the sources place it between these dates, not on one.')).toBeVisible();

    await page.goto(BOUND);
    if (javaScriptEnabled) await expectLive(page);
    await expect(page.locator('.event-header .event-date')).toContainText('by 4 August 2017');
    await expect(page.getByText('A bound: the sources say only that it happened by this date.')).toBeVisible();
    await context.close();
  }
});

test('a date filter that cuts an interval keeps the event; one that misses it drops it', async ({ page }) => {
  // August 2015 lies inside June-December 2015.
  await page.goto('./?from=2015-08&to=2015-08');
  await expectLive(page);
  const grant = page.locator('[data-event-id="2015-07-dclg-grant-agreed"]');
  await expect(grant).toBeVisible();
  await expect(grant).toContainText('between June 2015 (uncertain) and December 2015');
  // The whole of 2016 is after it.
  await page.goto('./?from=2016&to=2016');
  await expectLive(page);
  await expect(page.getByTestId('event').first()).toBeVisible();
  await expect(grant).toHaveCount(0);
  // A bound reaches back without limit: "by 4 August 2017" may fall in 2016.
  await expect(page.locator('[data-event-id="2017-ofsted-monitoring-report-childrens-services"]')).toBeVisible();
});

test('the changes page lists additions and corrections, each leading to its place on the event page', async ({ page }) => {
  await page.goto('changes/');
  await expectLive(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Changes and corrections');
  const added = page.locator('.change-added');
  const corrected = page.locator('.change-corrected');
  const { events } = await (await page.request.get('data/events.json')).json();
  await expect(added).toHaveCount(events.length);
  const corrections = events.reduce((sum, e) => sum + e.corrections.length, 0);
  expect(corrections, 'the data records its corrections').toBeGreaterThan(0);
  await expect(corrected).toHaveCount(corrections);
  // Newest first: the day headings run backwards.
  const days = await page.locator('.changes-day h2 time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
  expect([...days].sort().reverse()).toEqual(days);

  const first = corrected.first();
  const why = await first.locator('.correction-why').textContent();
  await first.getByRole('link').click();
  await expect(page).toHaveURL(/\/events\/[a-z0-9-]+\/#correction-\d+$/);
  const target = page.locator(new URL(page.url()).hash);
  await expect(target).toContainText(why.trim());
  await expect(target).toBeInViewport();
  await expect(page.locator('#added')).toContainText('Added to the timeline on');

  // The footer leads to the changes page from any page.
  await page.goto('./');
  await expectLive(page);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Changes and corrections' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Changes and corrections');
});

test('feed.xml is an Atom feed of every addition and correction', async ({ page, request }) => {
  const response = await request.get('feed.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  await page.goto('./');
  const summary = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const entries = [...doc.getElementsByTagName('entry')];
    return {
      error: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.namespaceURI,
      entries: entries.length,
      links: entries.map((e) => e.getElementsByTagName('link')[0].getAttribute('href')),
    };
  }, xml);
  expect(summary.error).toBe(0);
  expect(summary.root).toBe('http://www.w3.org/2005/Atom');
  const { events } = await (await request.get('data/events.json')).json();
  const corrections = events.reduce((sum, e) => sum + e.corrections.length, 0);
  expect(summary.entries).toBe(events.length + corrections);
  for (const link of summary.links) expect(link).toMatch(/\/events\/[a-z0-9-]+\/#(added|correction-\d+)$/);
  // Pages point feed readers at it.
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /feed\.xml$/);
});

test('an event page lists people with the posts the sources place them in at the time', async ({ page, request }) => {
  await page.goto('events/2017-08-04-panel-recommends-stepping-aside/');
  await expectLive(page);
  const people = page.locator('#people').locator('xpath=..');
  await expect(people).toContainText('Leader of Birmingham City Council (from December 2015, until September 2017 (uncertain))');
  // people.json publishes the same tenure, in EDTF, with its sources.
  const { posts } = await (await request.get('data/people.json')).json();
  const leader = posts.find((p) => p.id === 'bcc-leader');
  const clancy = leader.tenures.find((t) => t.person === 'john-clancy');
  expect(clancy).toMatchObject({ start: '2015-12', end: '2017-09?', display: 'from December 2015, until September 2017 (uncertain)' });
  expect(clancy.seen[0]).toMatchObject({ date: '2017-08-04', words: 'Leader of Birmingham City Council Cllr John Clancy' });
});

test('joint words are quoted as the words of all who put their names to them', async ({ page }) => {
  await page.goto('events/2018-joint-letter-to-sajid-javid/');
  await expectLive(page);
  const quote = page.locator('figure.quote', { hasText: 're-shape and strengthen our relationship' });
  await expect(quote.locator('figcaption')).toContainText('— John Crabtree and Cllr Ian Ward, quoted in');
});
