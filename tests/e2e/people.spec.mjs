// People, organisations and documents (issue 13): the who's-who, a person's posts in the order
// they held them, their events a click from the filtered timeline, the pages of organisations
// and documents, names linking to them from events, and unknown ids leading to suggestions of
// the same kind. Runs at the root and under /some/path/.
import { test, expect } from './fixtures.mjs';

const heading = (page) => page.getByRole('heading', { level: 1 });

async function whenLive(page) {
  await page.locator('html[data-app="live"]').waitFor({ state: 'attached' });
}

test('the who’s-who lists each post with its holders, each leading to their page', async ({ page }) => {
  await page.goto('people/');
  await whenLive(page);
  await expect(heading(page)).toHaveText('Who’s who');
  const council = page.locator('.whos-who-group').filter({ has: page.getByRole('link', { name: 'Birmingham City Council' }) });
  const leaders = council.locator('h3', { hasText: /^Leader of Birmingham City Council$/ }).locator('xpath=following-sibling::ol[1]/li');
  await expect(leaders.first()).toContainText('Albert Bore');
  await expect(leaders.nth(1)).toContainText('John Clancy');
  await expect(leaders.nth(2)).toContainText('Ian Ward');
  await leaders.nth(1).getByRole('link').click();
  await expect(heading(page)).toHaveText('Cllr John Clancy');
  await expect(page.getByTestId('posts-held')).toContainText('Leader of Birmingham City Council');
});

test('a person’s page lists the posts they held in the order they held them', async ({ page }) => {
  for (const [id, order] of [
    ['ian-ward', ['Deputy leader of Birmingham City Council', 'Leader of Birmingham City Council']],
    ['dawn-baxendale', ['Chief executive of Southampton City Council', 'Chief executive of Birmingham City Council']],
  ]) {
    await page.goto(`people/${id}/`);
    const posts = page.getByTestId('posts-held').locator('li strong');
    await expect(posts, id).toHaveText(order);
  }
});

test('a person’s events are a click from the timeline filtered to them', async ({ page }) => {
  await page.goto('people/john-clancy/');
  await whenLive(page);
  const events = page.locator('#events').locator('xpath=..').locator('li a');
  const count = await events.count();
  expect(count).toBeGreaterThan(2);
  await expect(page.getByTestId('event-axis')).toContainText(`${count} events with Cllr John Clancy`);
  // Their words lead to the passage in its source.
  const quoted = page.locator('#quotes').locator('xpath=..').locator('cite a').first();
  await expect(quoted).toHaveAttribute('href', /\/sources\/[^/]+\/#passage-\d+$/);
  await page.getByRole('link', { name: 'Show their events on the timeline' }).click();
  await expect(page).toHaveURL(/\?person=john-clancy$/);
  await expect(page.getByTestId('result-count')).toHaveText(`${count} events`);
});

test('an event page’s names, organisations and documents lead to their pages', async ({ page }) => {
  await page.goto('events/2017-08-04-panel-recommends-stepping-aside/');
  await whenLive(page);
  const people = page.locator('#people').locator('xpath=..');
  await people.getByRole('link', { name: 'Cllr John Clancy' }).click();
  await expect(heading(page)).toHaveText('Cllr John Clancy');
  await page.goBack();
  const organisation = page.locator('#organisations').locator('xpath=..').getByRole('link').first();
  const name = await organisation.textContent();
  await organisation.click();
  await expect(page.getByTestId('organisation-page')).toBeVisible();
  await expect(heading(page)).toHaveText(name);
});

test('an organisation’s page shows its posts and who held them, and its events', async ({ page }) => {
  await page.goto('organisations/birmingham-city-council/');
  await whenLive(page);
  await expect(heading(page)).toHaveText('Birmingham City Council');
  await expect(page.locator('h3', { hasText: 'Chief executive of Birmingham City Council' })).toBeVisible();
  await expect(page.locator('.post-holders').first()).toContainText('Albert Bore');
  expect(await page.locator('#events').locator('xpath=..').locator('li a').count()).toBeGreaterThan(5);
});

test('a document’s page gives what the sources say of it, its events and its sources', async ({ page }) => {
  await page.goto('documents/kerslake-review/');
  await whenLive(page);
  await expect(heading(page)).toHaveText(/^The way forward/);
  await expect(page.locator('.source-facts')).toContainText('Kind');
  const events = page.locator('#events').locator('xpath=..').locator('li a');
  expect(await events.count()).toBeGreaterThan(0);
  const source = page.locator('#named-in').locator('xpath=..').getByRole('link').first();
  await source.click();
  await expect(page.getByTestId('source-page')).toBeVisible();
});

test('unknown ids give the not-found page with suggestions of the same kind', async ({ page }) => {
  for (const [path, suggested] of [
    ['people/john-clancey/', /\/people\/john-clancy\/$/],
    ['organisations/birmingham-city-counsil/', /\/organisations\/birmingham-city-council\/$/],
    ['documents/kerslake-reveiw/', /\/documents\/kerslake-review\/$/],
  ]) {
    await page.goto(path);
    await expect(heading(page), path).toHaveText('Not found');
    await expect(page.getByTestId('suggestions').getByRole('link').first(), path).toHaveAttribute('href', suggested);
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('people, organisations and documents are plain pages with working links', async ({ page }) => {
    await page.goto('people/');
    await expect(heading(page)).toHaveText('Who’s who');
    await page.getByRole('link', { name: 'Ian Ward' }).first().click();
    await expect(heading(page)).toHaveText(/Ian Ward/);
    await expect(page.getByTestId('posts-held').locator('li')).toHaveCount(2);
    await page.getByRole('link', { name: 'Birmingham City Council' }).first().click();
    await expect(page.getByTestId('organisation-page')).toBeVisible();
  });
});

test('each page of a person, organisation and document has link previews and JSON-LD', async ({ request }) => {
  for (const [path, type, name] of [
    ['people/john-clancy/', 'Person', 'Cllr John Clancy'],
    ['organisations/birmingham-city-council/', 'Organization', 'Birmingham City Council'],
    ['documents/kerslake-review/', 'CreativeWork', null],
  ]) {
    const html = await (await request.get(path)).text();
    expect(html, path).toMatch(/<meta property="og:title" content="[^"]+">/);
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
    expect(blocks, path).toHaveLength(1);
    const json = JSON.parse(blocks[0][1]);
    expect(json['@type'], path).toBe(type);
    expect(new URL(json.url).pathname, path).toMatch(new RegExp(`/${path}$`));
    if (name) expect(json.name, path).toBe(name);
  }
});

test('in embed mode, names and passages lead to pages that stay in embed mode', async ({ page }) => {
  await page.goto('events/2017-08-04-panel-recommends-stepping-aside/?embed=1');
  await whenLive(page);
  await expect(page.locator('header.site-header')).toHaveCount(0);
  await page.locator('#people').locator('xpath=..').getByRole('link', { name: 'Cllr John Clancy' }).click();
  await expect(heading(page)).toHaveText('Cllr John Clancy');
  await expect(page).toHaveURL(/\/people\/john-clancy\/\?embed=1$/);
  await expect(page.locator('header.site-header')).toHaveCount(0);
  const quoted = page.locator('#quotes').locator('xpath=..').locator('cite a').first();
  await quoted.click();
  await expect(page).toHaveURL(/\/sources\/[^/?]+\/\?embed=1#passage-\d+$/);
  await expect(page.locator('mark.passage:focus')).toBeInViewport();
  await expect(page.locator('header.site-header')).toHaveCount(0);
});
