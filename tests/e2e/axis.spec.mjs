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

  test('the periods the sources mark out are labelled bands, with their dates', async ({ page }) => {
    await page.goto('./');
    const periods = page.locator('.axis-periods .axis-period-band');
    await expect(periods.locator('.axis-period-label')).toContainText(["The panel's four years in Birmingham"]);
    const panel = page.locator('.axis-period-band[data-period="the-panels-four-years-in-birmingham"]');
    await expect(panel.locator('title')).toHaveText("The panel's four years in Birmingham: from January 2015 to c. 2 April 2019");
    // Its band starts at January 2015 and ends near the axis's end; its end, approximate, is dashed.
    const rect = panel.locator('rect');
    await expect(rect).toHaveClass(/soft-end/);
    const [x, width] = await rect.evaluate((r) => [r.x.baseVal.valueInSpecifiedUnits, r.width.baseVal.valueInSpecifiedUnits]);
    expect(x).toBeGreaterThan(0);
    expect(x + width).toBeGreaterThan(95);
    // Each period washes the marks behind it.
    await expect(page.locator('.axis-period-wash')).toHaveCount(await periods.count());
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
  const title = await mark.locator('title').textContent();
  await expect(page.locator('.axis-pointed')).toHaveText(/^Point at a mark/);
  await mark.locator('a').focus();
  // Focus shows the mark's date and title, as a resting pointer shows its tooltip.
  await expect(page.locator('.axis-pointed')).toHaveText(title);
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

test('the range is set and moved from the keyboard alone, a year at a time or a month', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  const total = await page.getByTestId('event').count();
  // Tab from the skip link reaches the range's start handle, a slider named for what it sets.
  await page.getByRole('link', { name: 'Skip the axis' }).focus();
  let from;
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    from = page.getByRole('slider', { name: 'Start of the date range' });
    if (await from.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(from).toBeFocused();
  await expect(from).toHaveAttribute('aria-valuetext', '1 December 2014');
  // Page Up jumps to the next year's start; an arrow moves a month.
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/from=2016-02&to=\d{4}-\d{2}$/);
  await expect(from).toHaveAttribute('aria-valuetext', '1 February 2016');
  await page.keyboard.press('Tab');
  const to = page.getByRole('slider', { name: 'End of the date range' });
  await expect(to).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/from=2016-02&to=2016-12$/);
  await expect(to).toHaveAttribute('aria-valuetext', '31 December 2016');
  const shown = await page.getByTestId('event').count();
  expect(shown).toBeLessThan(total);
  await expect(page.locator('.axis-mark:not(.axis-faded)')).toHaveCount(shown);
  await expect(page.locator('#date-from')).toHaveValue('2016-02');
  // The range itself moves both ends, keeping its length.
  const range = page.getByRole('slider', { name: 'Date range', exact: true });
  await range.focus();
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/from=2017-01&to=2017-11$/);
  await expect(range).toHaveAttribute('aria-valuetext', 'January 2017 to November 2017');
  // One history entry for the keys pressed on one control: Back goes to the range before.
  await page.goBack();
  await expect(page).toHaveURL(/from=2016-02&to=2016-12$/);
  await page.goForward();
  await expect(page).toHaveURL(/from=2017-01&to=2017-11$/);
  await range.focus();
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/from=/);
  await expect(page.getByTestId('event')).toHaveCount(total);
});

test('buttons zoom the axis to a year and back, and a drag there picks days in that year', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  const axis = page.getByTestId('axis');
  const frame = await axis.locator('.axis-events').boundingBox();
  const inFrame = async (id) => {
    const box = await axis.locator(`.axis-mark[data-axis-event="${id}"] path`).boundingBox();
    const centre = box.x + box.width / 2;
    return centre >= frame.x && centre <= frame.x + frame.width;
  };
  const { events } = await openData(page.request);
  const in2017 = events.find((e) => e.date.startsWith('2017-08-04')).id;
  const in2015 = events.find((e) => e.date.startsWith('2015-09')).id;
  expect(await inFrame(in2015)).toBe(true);
  await page.getByRole('button', { name: 'Zoom to 2017' }).click();
  await expect(page.getByRole('button', { name: 'Zoom to 2017' })).toHaveAttribute('aria-pressed', 'true');
  await expect(axis).toHaveClass(/axis-zoomed/);
  expect(await inFrame(in2017)).toBe(true);
  expect(await inFrame(in2015)).toBe(false);
  // Dragging across the zoomed axis from a quarter to three quarters picks days in 2017.
  const y = frame.y + 4;
  await page.mouse.move(frame.x + frame.width * 0.25, y);
  await page.mouse.down();
  await page.mouse.move(frame.x + frame.width * 0.75, y, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=2017-0[3-5]-\d{2}&to=2017-(09|10)-\d{2}/);
  await page.getByRole('button', { name: 'Zoom out to all years' }).click();
  await expect(axis).not.toHaveClass(/axis-zoomed/);
  expect(await inFrame(in2015)).toBe(true);
});

test.describe('on a 360 px touch screen', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a finger drags a range, a tap opens a mark, and a pinch zooms', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
    const axis = page.getByTestId('axis');
    await axis.scrollIntoViewIfNeeded();
    const box = await axis.locator('.axis-events').boundingBox();
    expect(box.width).toBeGreaterThan(250);
    const cdp = await page.context().newCDPSession(page);
    const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map(([x, y], id) => ({ x, y, id })),
    });
    let y = box.y + 3;
    // One finger across the axis sets the dates.
    await touch('touchStart', [[box.x + box.width * 0.3, y]]);
    for (let step = 1; step <= 8; step += 1) {
      await touch('touchMove', [[box.x + box.width * (0.3 + step * 0.03), y]]);
    }
    await touch('touchEnd', []);
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    // Two fingers spreading zoom to the year between them; closing them zooms back out. (The
    // chips of the dates just set sit above the axis, so it has moved down.)
    const moved = await axis.locator('.axis-events').boundingBox();
    const mid = moved.x + moved.width * 0.5;
    y = moved.y + 3;
    await touch('touchStart', [[mid - 20, y], [mid + 20, y]]);
    for (let step = 1; step <= 6; step += 1) {
      await touch('touchMove', [[mid - 20 - step * 12, y], [mid + 20 + step * 12, y]]);
    }
    await touch('touchEnd', []);
    await expect(axis).toHaveClass(/axis-zoomed/);
    await expect(axis.locator('.axis-zoom button[aria-pressed="true"]')).toHaveText(/^\d{4}$/);
    await touch('touchStart', [[mid - 100, y], [mid + 100, y]]);
    for (let step = 1; step <= 6; step += 1) {
      await touch('touchMove', [[mid - 100 + step * 14, y], [mid + 100 - step * 14, y]]);
    }
    await touch('touchEnd', []);
    await expect(axis).not.toHaveClass(/axis-zoomed/);
    // A tap on a mark opens its event.
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
    const glyph = await page.locator('.axis-mark').nth(5).locator('path').boundingBox();
    const [x, at] = [glyph.x + glyph.width / 2, glyph.y + glyph.height / 2];
    // Marks may overlap at this width: the one on top is the one the finger meets.
    const id = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('.axis-mark')?.dataset.axisEvent, [x, at]);
    expect(id).toBeTruthy();
    await page.touchscreen.tap(x, at);
    await expect(page).toHaveURL(new RegExp(`events/${id}/`));
  });
});

test.describe('the event page', () => {
  test.use({ javaScriptEnabled: false });

  test('shows where the event falls on the axis, and who held each post at its date', async ({ page }) => {
    await page.goto('events/2017-08-04-john-clancy-responds-to-panel-letter/');
    const placed = page.getByTestId('event-axis');
    await expect(placed.locator('figcaption')).toHaveText(/^Event \d+ of \d+ in date order/);
    await expect(placed.locator('.axis-glyph')).toHaveCount(1);
    const held = page.locator('section[aria-labelledby="in-post"]');
    await expect(held.getByRole('heading', { level: 2 })).toHaveText('Who held each post');
    const leader = held.locator('dt', { hasText: 'Leader of Birmingham City Council' }).locator('xpath=following-sibling::dd[1]');
    await expect(leader).toHaveText('Cllr John Clancy');
    await expect(leader).toHaveAttribute('data-certainty', 'shown');
    await expect(leader.getByRole('link')).toHaveAttribute('href', /person=john-clancy/);
    // Where the sources leave it open, the page says so rather than choosing.
    await page.goto('events/2015-09-11-public-meeting/');
    const open = page.locator('section[aria-labelledby="in-post"] dd[data-certainty="possible"]');
    await expect(open.first()).toContainText('Not settled by the sources: possibly');
  });
});
