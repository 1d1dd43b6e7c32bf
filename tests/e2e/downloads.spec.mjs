// Downloads of the filtered view (issue 13): CSV, JSON and iCalendar, made in the browser by the
// same export code as the full files, named for the filter; parsed back, each has exactly the
// rows the page counts.
import { test, expect } from './fixtures.mjs';
import fs from 'node:fs';

/** Records of an RFC 4180 CSV text (quoted fields may hold commas, quotes and line breaks). */
function csvRecords(text) {
  const records = [];
  let field = '';
  let record = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field || record.length) records.push([...record, field]);
  return records;
}

async function download(page, label) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-view').getByRole('button', { name: label, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
}

test('a filtered view downloads as CSV, JSON and iCalendar with the rows shown', async ({ page }) => {
  await page.goto('./?tag=finance&q=council&sort=newest');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  const shown = Number((await page.getByTestId('result-count').innerText()).match(/^(\d+)/)[1]);
  expect(shown).toBeGreaterThan(0);
  const ids = await page.getByTestId('event').evaluateAll((cards) => cards.map((c) => c.dataset.eventId));
  expect(ids).toHaveLength(shown);
  await expect(page.getByTestId('download-view')).toContainText(`Download these ${shown} events`);

  const csv = await download(page, 'CSV');
  expect(csv.name).toBe('biip-timeline-q-council-tag-finance-sort-newest.csv');
  const [header, ...rows] = csvRecords(csv.text.replace(/\r\n$/, ''));
  expect(rows).toHaveLength(shown);
  // The rows come in the order the list shows.
  expect(rows.map((row) => row[header.indexOf('id')])).toEqual(ids);

  const json = await download(page, 'JSON');
  expect(json.name).toBe('biip-timeline-q-council-tag-finance-sort-newest.json');
  expect(JSON.parse(json.text).events.map((e) => e.id)).toEqual(ids);

  const ics = await download(page, 'iCalendar');
  expect(ics.name).toMatch(/\.ics$/);
  expect(ics.text.match(/^BEGIN:VEVENT/gm)).toHaveLength(shown);
});

test('the whole timeline downloads as the full files do, and the control needs the app', async ({ page, request }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  const json = await download(page, 'JSON');
  expect(json.name).toBe('biip-timeline-all.json');
  const full = await (await request.get('data/events.json')).json();
  const made = JSON.parse(json.text);
  // The same records; only the addresses differ, the page's own origin against the build's
  // configured site address.
  const withoutUrls = (events) => events.map(({ url, ...rest }) => rest);
  expect(withoutUrls(made.events)).toEqual(withoutUrls(full.events));
  expect(new URL(made.events[0].url).pathname).toBe(new URL(full.events[0].url).pathname);
  expect(made.sources).toEqual(full.sources);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('there are no dead download buttons', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByTestId('download-view')).toBeHidden();
  });
});
