// The timeline page as a reader uses it: the list by year, search, facets, dates, order,
// removable filters, and the URL that keeps every view (reload, back and forward).
import { test, expect, expectLive } from './fixtures.mjs';

const events = (page) => page.getByTestId('event');
const countText = (page) => page.getByTestId('result-count');
const search = (page) => page.getByLabel('Search the timeline');

async function shownCount(page) {
  const text = await countText(page).innerText();
  const match = text.match(/^(\d+) events?$/);
  expect(match, `count text "${text}"`).not.toBeNull();
  return Number(match[1]);
}

async function openHome(page, query = '') {
  await page.goto(`./${query}`);
  await expectLive(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(countText(page)).toHaveText(/^\d+ events?$/);
}

test('the home page lists every event by year, oldest first', async ({ page }) => {
  await openHome(page);
  const total = await shownCount(page);
  expect(total).toBeGreaterThan(10);
  await expect(events(page)).toHaveCount(total);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);

  const years = (await page.locator('.year-heading').allTextContents()).map(Number);
  expect(years.length).toBeGreaterThan(1);
  expect(years).toEqual([...years].sort((a, b) => a - b));

  const first = events(page).first();
  // The first event is dated by a bound ("by December 2014"): its EDTF, not a <time>.
  const firstDate = first.locator('.event-date :is(time, [data-edtf])');
  const machineReadable = (await firstDate.getAttribute('datetime')) ?? (await firstDate.getAttribute('data-edtf'));
  expect(machineReadable).toMatch(/^(\.\.\/)?\d{4}(-\d{2}){0,2}[~?%]?(\/.*)?$/);
  await expect(first.getByRole('link')).toHaveAttribute('href', /\/events\/[a-z0-9-]+\/$/);
  await expect(page).toHaveTitle(/Birmingham Improvement Panel timeline/);
  await expect(page.locator('header')).toBeVisible();
  await expect(page.locator('footer')).toContainText('Compiled from five public documents');
});

test('searching narrows the list, marks the words and writes one history entry', async ({ page }) => {
  await openHome(page);
  const total = await shownCount(page);

  await search(page).fill('');
  await search(page).pressSequentially('panel', { delay: 20 });
  await expect(page).toHaveURL(/[?&]q=panel/);
  const narrowed = await shownCount(page);
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(total);
  await expect(events(page)).toHaveCount(narrowed);
  await expect(page.locator('[data-testid="results"] mark').first()).toHaveText(/panel/i);

  // Typing five letters made one entry: back returns to the whole list.
  await page.goBack();
  await expect(page).not.toHaveURL(/q=/);
  await expect(countText(page)).toHaveText(`${total} events`);
  await expect(search(page)).toHaveValue('');
  await page.goForward();
  await expect(search(page)).toHaveValue('panel');
  await expect(countText(page)).toHaveText(`${narrowed} event${narrowed === 1 ? '' : 's'}`);
});

test('the count is announced politely once typing settles', async ({ page }) => {
  await openHome(page);
  const status = page.locator('[role="status"][aria-live="polite"]').first();
  await search(page).pressSequentially('kerslake', { delay: 10 });
  const narrowed = await shownCount(page);
  await expect(status).toHaveText(`${narrowed} event${narrowed === 1 ? '' : 's'}`);
});

test('a facet value filters, shows in the URL and as a chip, and survives reload', async ({ page }) => {
  await openHome(page);
  const total = await shownCount(page);
  const firstTag = page.locator('[data-facet="tag"] button.facet-value').first();
  const label = (await firstTag.locator('.facet-label').innerText()).trim();
  const expected = Number(await firstTag.locator('.facet-count').innerText());

  await firstTag.click();
  await expect(page).toHaveURL(/[?&]tag=[a-z0-9-]+/);
  await expect(firstTag).toHaveAttribute('aria-pressed', 'true');
  await expect(countText(page)).toHaveText(`${expected} event${expected === 1 ? '' : 's'}`);
  expect(expected).toBeLessThan(total);
  const chip = page.getByRole('button', { name: `Remove filter Topic: ${label}` });
  await expect(chip).toBeVisible();

  const url = page.url();
  await page.reload();
  await expect(page).toHaveURL(url);
  await expect(countText(page)).toHaveText(`${expected} event${expected === 1 ? '' : 's'}`);
  await expect(page.locator('[data-facet="tag"] button[aria-pressed="true"]')).toHaveCount(1);

  await page.getByRole('button', { name: `Remove filter Topic: ${label}` }).click();
  await expect(page).not.toHaveURL(/tag=/);
  await expect(countText(page)).toHaveText(`${total} events`);
  await page.goBack();
  await expect(countText(page)).toHaveText(`${expected} event${expected === 1 ? '' : 's'}`);
});

test('dates are validated and then narrow the list; clear all resets', async ({ page }) => {
  await openHome(page);
  const total = await shownCount(page);
  const from = page.getByLabel('From', { exact: true });

  await from.fill('2015-13');
  await from.press('Enter');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#date-from-error')).toContainText('not a real calendar date');
  await expect(page).not.toHaveURL(/from=/);

  await from.fill('2017');
  await from.press('Enter');
  await expect(page).toHaveURL(/[?&]from=2017(&|$)/);
  await expect(from).toHaveAttribute('aria-invalid', 'false');
  const later = await shownCount(page);
  expect(later).toBeLessThan(total);
  const years = (await page.locator('.year-heading').allTextContents()).map(Number);
  expect(Math.min(...years)).toBeGreaterThanOrEqual(2017);

  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(countText(page)).toHaveText(`${total} events`);
  await expect(from).toHaveValue('');
});

test('newest first reverses the order and is kept in the URL', async ({ page }) => {
  await openHome(page);
  const oldestFirst = await page.locator('.year-heading').allTextContents();
  await page.getByLabel('Order').selectOption('newest');
  await expect(page).toHaveURL(/sort=newest/);
  await expect(page.locator('.year-heading').first()).toHaveText(oldestFirst.at(-1));
  await page.reload();
  await expect(page.getByLabel('Order')).toHaveValue('newest');
  await expect(page.locator('.year-heading').first()).toHaveText(oldestFirst.at(-1));
});

test('an empty result says so and offers to undo the last filter', async ({ page }) => {
  await openHome(page);
  const total = await shownCount(page);
  await search(page).fill('zzqxjv');
  await expect(page.getByTestId('no-results')).toContainText('No events match');
  await expect(events(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear the search' }).click();
  await expect(countText(page)).toHaveText(`${total} events`);
  await expect(search(page)).toHaveValue('');
});

test('on a phone the filters fold away and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openHome(page);
  const panel = page.locator('details.filter-panel');
  await expect(panel).not.toHaveAttribute('open', '');
  await expect(search(page)).toBeHidden();
  await panel.locator('summary').click();
  await expect(search(page)).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
