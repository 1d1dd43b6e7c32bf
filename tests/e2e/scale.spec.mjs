// A timeline of hundreds of events (a synthetic build: BIIP_SYNTHETIC_EVENTS=600, run by
// scripts/test.sh with BIIP_SCALE=1 BIIP_DIST=dist-synthetic). The axis draws density, not a
// mark per event, and the list shows a page at a time, so filtering stays quick.
import { test, expect } from './fixtures.mjs';

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  const summary = await page.locator('.axis-summary').textContent();
  test.skip(!/^\d{3,} events/.test(summary), 'needs a synthetic build of 500 events or more');
});

test('the axis draws how many events fall in each stretch of time, in a few nodes', async ({ page }) => {
  const axis = page.getByTestId('axis');
  await expect(axis.locator('.axis-summary')).toContainText('Drawn as how many fall in each stretch of time.');
  await expect(axis.locator('.axis-mark')).toHaveCount(0);
  await expect(axis.locator('.axis-density path')).toHaveCount(2);
  expect(await axis.evaluate((a) => a.querySelectorAll('*').length)).toBeLessThan(400);
  const all = await axis.locator('.axis-density-all').getAttribute('d');
  const before = await axis.locator('.axis-density-matching').getAttribute('d');
  expect(before).toBe(all);
  // A narrower search draws fewer, lower bars over the same ones.
  await page.getByLabel('Search the timeline').fill('budget');
  await expect(page).toHaveURL(/q=budget/);
  await expect(axis.locator('.axis-summary')).toContainText('match the filters');
  const after = await axis.locator('.axis-density-matching').getAttribute('d');
  expect(after).not.toBe(all);
  expect(await axis.locator('.axis-density-all').getAttribute('d')).toBe(all);
});

test('the list shows a page of events at a time, and a change of filters starts again', async ({ page }) => {
  const total = Number((await page.getByTestId('result-count').textContent()).replace(/[^\d]/g, ''));
  expect(total).toBeGreaterThan(400);
  await expect(page.getByTestId('event')).toHaveCount(200);
  const more = page.getByRole('button', { name: 'Show 200 more' });
  await expect(page.locator('.list-more')).toContainText(`200 of ${total} shown`);
  await more.click();
  await expect(page.getByTestId('event')).toHaveCount(400);
  await expect(page.locator('.list-more')).toContainText(`400 of ${total} shown`);
  // Dragging a range starts the list again at one page, with the events of the range.
  await page.locator('.axis-events').scrollIntoViewIfNeeded();
  const box = await page.locator('.axis-events').boundingBox();
  await page.mouse.move(box.x + box.width * 0.1, box.y + 4);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.9, box.y + 4, { steps: 6 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=.*to=/);
  const shown = await page.getByTestId('event').count();
  expect(shown).toBeLessThanOrEqual(200);
});
