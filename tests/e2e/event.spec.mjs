// The event page: reached from the list and directly by its address, what it shows, the
// neighbours within the current filters, copying its link, and addresses that lead nowhere.
import { test, expect, expectLive } from './fixtures.mjs';

const heading = (page) => page.getByRole('heading', { level: 1 });

async function openHome(page, query = '') {
  await page.goto(`./${query}`);
  await expectLive(page);
  await expect(page.getByTestId('result-count')).toHaveText(/^\d+ events?$/);
}

test('following an event link opens its page with focus on the heading; back returns', async ({ page }) => {
  await openHome(page, '?sort=newest');
  const card = page.getByTestId('event').nth(1);
  const title = (await card.getByRole('link').innerText()).trim();
  const id = await card.getAttribute('data-event-id');

  await card.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/events/${id}/\\?sort=newest$`));
  await expect(heading(page)).toHaveText(title);
  await expect(heading(page)).toBeFocused();
  await expect(page).toHaveTitle(new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(page.getByRole('heading', { name: 'What happened' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources', exact: true })).toBeVisible();
  await expect(page.locator('.citation cite').first()).not.toBeEmpty();

  await page.goBack();
  await expect(page).toHaveURL(/\/\?sort=newest$/);
  await expect(page.getByTestId('event').nth(1)).toHaveAttribute('data-event-id', id);
});

test('an event address opened directly in a new page shows the event', async ({ page, context }) => {
  await openHome(page);
  const id = await page.getByTestId('event').first().getAttribute('data-event-id');
  const title = (await page.getByTestId('event').first().getByRole('link').innerText()).trim();

  const fresh = await context.newPage();
  await fresh.goto(`./events/${id}/`);
  await expect(heading(fresh)).toHaveText(title);
  // A single date is a <time datetime>; an interval or a bound carries its EDTF.
  const when = fresh.locator('.when-date :is(time, [data-edtf])');
  await expect(when).toBeVisible();
  const machineReadable = (await when.getAttribute('datetime')) ?? (await when.getAttribute('data-edtf'));
  expect(machineReadable).toMatch(/\d{4}/);
  await fresh.close();
});

test('the event page shows people with roles, quotes with attribution, and sources', async ({ page }) => {
  // Find an event with quotes through the list: the one on whose page a blockquote appears.
  await openHome(page);
  const ids = await page.getByTestId('event').evaluateAll((cards) => cards.map((c) => c.dataset.eventId));
  let found = false;
  for (const id of ids) {
    await page.goto(`./events/${id}/`);
    await expect(heading(page)).toBeVisible();
    if ((await page.locator('figure.quote').count()) > 0) {
      found = true;
      break;
    }
  }
  expect(found, 'some event has a quote').toBe(true);
  const quote = page.locator('figure.quote').first();
  await expect(quote.locator('blockquote')).not.toBeEmpty();
  await expect(quote.locator('figcaption cite')).not.toBeEmpty();
  await expect(page.locator('.when-date')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'When' })).toBeVisible();
});

test('previous and next follow the filtered list and keep the query string', async ({ page }) => {
  await openHome(page, '?q=panel');
  const ids = await page.getByTestId('event').evaluateAll((cards) => cards.map((c) => c.dataset.eventId));
  expect(ids.length).toBeGreaterThan(2);
  await page.getByTestId('event').nth(1).getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/events/${ids[1]}/\\?q=panel$`));

  const next = page.locator('a[rel="next"]');
  await expect(next).toHaveAttribute('href', new RegExp(`/events/${ids[2]}/\\?q=panel$`));
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', new RegExp(`/events/${ids[0]}/\\?q=panel$`));
  await next.click();
  await expect(page).toHaveURL(new RegExp(`/events/${ids[2]}/\\?q=panel$`));
  await expect(heading(page)).toBeFocused();
  await expect(page.locator('.event-main mark').first()).toHaveText(/panel/i);
});

test('copy link puts the address on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openHome(page);
  await page.getByTestId('event').first().getByRole('link').click();
  await expect(heading(page)).toBeVisible();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByTestId('copy-status')).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
});

test('an unknown event id shows a not-found page with close matches', async ({ page }) => {
  await openHome(page);
  const id = await page.getByTestId('event').first().getAttribute('data-event-id');
  const mistyped = id.slice(0, -2) + 'zz';
  await page.goto(`./events/${mistyped}/`);
  await expect(heading(page)).toHaveText('Not found');
  await expect(page.getByTestId('not-found')).toContainText(mistyped);
  await expect(page.getByTestId('suggestions').getByRole('link').first()).toHaveAttribute(
    'href',
    new RegExp(`/events/${id}/$`),
  );
  await expect(page).toHaveTitle(/Not found/);
});

test('an unknown path shows the not-found page and its links work', async ({ page }) => {
  await page.goto('./no/such/page');
  await expect(heading(page)).toHaveText('Not found');
  await page.getByRole('link', { name: 'Go to the timeline' }).click();
  await expect(page.getByTestId('result-count')).toHaveText(/^\d+ events?$/);
  await expect(heading(page)).toBeFocused();
});

test('an address without the trailing slash moves to the canonical one', async ({ page }) => {
  await openHome(page);
  const id = await page.getByTestId('event').first().getAttribute('data-event-id');
  await page.goto(`./events/${id}?q=panel`);
  await expect(page).toHaveURL(new RegExp(`/events/${id}/\\?q=panel$`));
  await expect(page.getByTestId('event-page')).toBeVisible();
});
