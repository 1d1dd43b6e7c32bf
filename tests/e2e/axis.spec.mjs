// The overview axis above the timeline list (issue 12): a mark per event that links to it,
// year ticks, the marks that match the filters standing out, and lanes of who held each post.
// It is part of the pre-rendered page, so it is checked with JavaScript off too.
import { test, expect } from './fixtures.mjs';

let cached;
async function openData(request) {
  if (!cached) cached = await (await request.get('data/events.json')).json();
  return cached;
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the axis has a working link per event and a tick per year', async ({ page, request }) => {
    const { events } = await openData(request);
    await page.goto('./');
    const axis = page.getByTestId('axis');
    await expect(axis.locator('.axis-summary')).toHaveText(
      new RegExp(`^${events.length} events from December 2014 to \\w+ \\d{4}\\.$`),
    );
    const marks = axis.locator('.axis-mark');
    await expect(marks).toHaveCount(events.length);
    const ids = await marks.evaluateAll((gs) => gs.map((g) => g.dataset.axisEvent));
    expect(new Set(ids)).toEqual(new Set(events.map((e) => e.id)));
    // Every mark is a link to its event's page, named by the event's date and title.
    const links = await marks.evaluateAll((gs) =>
      gs.map((g) => ({ id: g.dataset.axisEvent, href: g.querySelector('a').getAttribute('href'), title: g.querySelector('title').textContent })),
    );
    for (const link of links) {
      expect(link.href).toMatch(new RegExp(`events/${link.id}/$`));
      const event = events.find((e) => e.id === link.id);
      expect(link.title).toContain(event.title);
    }
    await expect(axis.locator('.axis-year')).toHaveText(['2015', '2016', '2017', '2018', '2019']);
    // A mark's link leads to its page.
    const first = links[0];
    await page.goto(first.href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(events.find((e) => e.id === first.id).title);
  });

  test("the lanes list the council's leaders in order of tenure, with their names", async ({ page }) => {
    await page.goto('./');
    const leaders = page.locator('.axis-lane[data-post="bcc-leader"]');
    await expect(leaders.locator('.axis-lane-title')).toHaveText('Leader of Birmingham City Council');
    await expect(leaders.locator('.axis-bar-name')).toHaveText(['Sir Albert Bore', 'Cllr John Clancy', 'Cllr Ian Ward']);
    const starts = await leaders.locator('rect').evaluateAll((rects) => rects.map((r) => r.x.baseVal.valueInSpecifiedUnits));
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    // Where no source gives a start or an end, the bar says so.
    await expect(leaders.locator('title').first()).toContainText('no source gives a start or an end');
    await expect(page.locator('.axis-lane')).toHaveCount(4);
  });
});

test('the marks that match the filters stand out, and the summary counts them', async ({ page, request }) => {
  const { events } = await openData(request);
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  const axis = page.getByTestId('axis');
  await expect(axis.locator('.axis-faded')).toHaveCount(0);
  await page.getByLabel('Search the timeline').fill('kerslake');
  await expect(page).toHaveURL(/q=kerslake/);
  const shown = await page.getByTestId('event').count();
  expect(shown).toBeGreaterThan(0);
  await expect(axis.locator('.axis-summary')).toHaveText(
    new RegExp(`^${events.length} events from .*; ${shown} match the filters\\.$`),
  );
  await expect(axis.locator('.axis-mark:not(.axis-faded)')).toHaveCount(shown);
  const listed = await page.getByTestId('event').evaluateAll((cards) => cards.map((c) => c.dataset.eventId).sort());
  const standing = await axis.locator('.axis-mark:not(.axis-faded)').evaluateAll((gs) => gs.map((g) => g.dataset.axisEvent).sort());
  expect(standing).toEqual(listed);
});

test('a mark opens its event, keeping the filters', async ({ page }) => {
  await page.goto('./?q=kerslake');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  const mark = page.locator('.axis-mark:not(.axis-faded)').first();
  const id = await mark.getAttribute('data-axis-event');
  await mark.locator('a').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`events/${id}/\\?q=kerslake$`));
  await expect(page.getByTestId('event-page')).toBeVisible();
});

test('the axis prints in black and white', async ({ page }) => {
  await page.goto('./');
  await page.emulateMedia({ media: 'print' });
  const fills = await page.locator('.axis-glyph').evaluateAll((paths) => [...new Set(paths.map((p) => getComputedStyle(p).fill))]);
  expect(fills).toEqual(['rgb(0, 0, 0)']);
  await expect(page.getByTestId('axis')).toBeVisible();
});

test('in embed mode the axis is compact, and appears only in a frame 480 px or wider', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 800 });
  await page.goto('./?embed=1');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  const axis = page.getByTestId('axis');
  await expect(axis).toBeVisible();
  await expect(axis.locator('.axis-lanes')).toBeHidden();
  await page.setViewportSize({ width: 400, height: 800 });
  await expect(axis).toBeHidden();
});

test('the skip link passes over the axis to the list, keeping the filters', async ({ page }) => {
  await page.goto('./?q=kerslake');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  const skip = page.getByRole('link', { name: 'Skip the axis' });
  await skip.focus();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('results')).toBeFocused();
  await expect(page).toHaveURL(/\?q=kerslake$/);
});

test('dragging across the axis sets From and To in the URL, the list follows, and Escape clears them', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  const total = await page.getByTestId('event').count();
  const box = await page.locator('.axis-events').boundingBox();
  const y = box.y + 4;
  // From about a fifth of the way along to about two fifths.
  await page.mouse.move(box.x + box.width * 0.2, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, y, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.4, y, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}.*to=\d{4}-\d{2}-\d{2}/);
  const url = new URL(page.url());
  expect(url.searchParams.get('from') < url.searchParams.get('to')).toBe(true);
  await expect(page.locator('#date-from')).toHaveValue(url.searchParams.get('from'));
  await expect(page.locator('#date-to')).toHaveValue(url.searchParams.get('to'));
  const shown = await page.getByTestId('event').count();
  expect(shown).toBeLessThan(total);
  await expect(page.locator('.axis-mark:not(.axis-faded)')).toHaveCount(shown);
  await expect(page.locator('.axis-brush')).toBeVisible();
  // A drag that ends on a mark does not open it.
  await expect(page.getByTestId('event-page')).toHaveCount(0);

  await page.getByRole('link', { name: 'Skip the axis' }).focus();
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/from=/);
  await expect(page.getByTestId('event')).toHaveCount(total);
  await expect(page.locator('.axis-brush')).toBeHidden();
});

test('a click on a mark, with no drag, opens its event', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  const mark = page.locator('.axis-mark').nth(10);
  const id = await mark.getAttribute('data-axis-event');
  await mark.locator('path').click();
  await expect(page).toHaveURL(new RegExp(`events/${id}/$`));
  await expect(page.getByTestId('event-page')).toBeVisible();
});
