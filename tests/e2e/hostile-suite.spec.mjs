// The hostile-input suite (issue 14): over a thousand addresses generated from a fixed seed,
// over the home page, event pages, the other page kinds and unknown paths, each carrying
// payloads in every key (markup and `javascript:`/`data:` values that would set a global
// flag if they ever ran, broken and overlong percent-escapes and invalid UTF-8, 100 KB values,
// thousands of repeated keys, bidi overrides, zero-width and combining characters, NUL,
// impossible dates, path traversal and very long paths). Each page must show its main
// heading, take over as the app, raise no error or panic (the fixtures fail the test on any),
// run nothing from the input and cause no policy violation. Then a burst of typing and of
// history steps, after which no long task over 200 ms may follow. Counts are printed.
import { test, expect } from './fixtures.mjs';

const SEED = 20261203;
const ADDRESSES = 1_050;
const CONCURRENCY = 6;
// Longer than a static host accepts in a request line (nginx: 8 KB): such addresses reach the
// app only inside it, so the test hands them the page a host would serve for their path.
const REQUEST_LINE_LIMIT = 8_000;

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FLAG = 'window.__pwned=1';
// Each is written into the address as it stands (already escaped where it is an escape).
const PAYLOADS = {
  markup: [
    `<script>${FLAG}</script>`,
    `"><img src=x onerror="${FLAG}">`,
    `<svg/onload=${FLAG}>`,
    `'><iframe srcdoc="<script>parent.${FLAG}</script>">`,
    `<a href="javascript:${FLAG}">x</a>`,
    `{{constructor.constructor('${FLAG}')()}}`,
  ].map(encodeURIComponent),
  schemes: [`javascript:${FLAG}`, `data:text/html,<script>${FLAG}</script>`, `JaVaScRiPt:${FLAG}`, `data:application/javascript,${FLAG}`].map(encodeURIComponent),
  escapes: ['%', '%f', '%zz', '%%', '%ff%fe', '%c3%28', '%ed%a0%80', '%c0%af', '%e0%80%af', '%f4%90%80%80', '%fe%ff', '%25', '%2525ff'],
  unicode: ['\u202e', '\u202dabc\u202c', '\u200b\u200b', 'e\u0301\u0301\u0301\u0301', '\u0000', '%00', '\ufeff', '\uffff', '\u{1f4a5}'].map((s) => (s.startsWith('%') ? s : encodeURIComponent(s))),
  dates: ['2015-13-45', '0000-00-00', '99999', '2019-02-30', '-2015', '2015-06/2014', '../..', '1e9', 'NaN'],
  words: ['panel', 'council', 'kerslake', 'finance', 'john-clancy', 'biip', '000_b40a59b84f681237.txt', 'letter', 'newest', 'oldest', '1', 'true'],
};
const KEYS = ['q', 'tag', 'person', 'org', 'kind', 'source', 'from', 'to', 'sort', 'embed', 'x', 'q[]', '__proto__', 'constructor'];

function generate(rng, ids) {
  const pick = (list) => list[Math.floor(rng() * list.length)];
  const value = () => {
    const roll = rng();
    if (roll < 0.02) return 'a'.repeat(100_000);
    if (roll < 0.04) return pick(PAYLOADS.escapes).repeat(2_000);
    const family = pick(Object.keys(PAYLOADS));
    return pick(PAYLOADS[family]) + (rng() < 0.3 ? pick(PAYLOADS.unicode) : '');
  };
  const query = () => {
    if (rng() < 0.02) return Array.from({ length: 3_000 }, () => `tag=${pick(['finance', '%3Cb%3E', 'x'])}`).join('&');
    const pairs = Array.from({ length: 1 + Math.floor(rng() * 5) }, () => `${pick(KEYS)}=${value()}`);
    if (rng() < 0.15) pairs.push(`from=2019&to=2014`);
    return pairs.join('&');
  };
  const path = () => {
    const roll = rng();
    if (roll < 0.35) return '';
    if (roll < 0.6) return `events/${pick(ids.events)}/`;
    if (roll < 0.65) return `sources/${pick(ids.sources)}/`;
    if (roll < 0.7) return `people/${pick(ids.people)}/`;
    if (roll < 0.72) return 'people/';
    const hostile = [
      'events/..%2f..%2fetc%2fpasswd/',
      'events/%2e%2e/%2e%2e/',
      'events/a%2fb/',
      'events/%3Cscript%3E/',
      `events/${'x'.repeat(3_000)}/`,
      `${'deep/'.repeat(400)}`,
      'sources/..%5c..%5cwindows/',
      'people/%00/',
      'organisations/%E2%80%AE/',
      'documents/%c0%af/',
      'no/such/page',
      '%2f%2fevil.example/',
    ];
    return pick(hostile);
  };
  const addresses = [];
  for (let i = 0; i < ADDRESSES; i += 1) addresses.push(`${path()}?${query()}`);
  return addresses;
}

/** The file a static host would answer `path` with: the page for that address, else 404.html. */
function servedFile(path) {
  const known = /^(events|sources|people|organisations|documents)\/[a-z0-9_-]+\/$|^(people|sources|changes)\/$|^$/;
  return known.test(path) ? `${path}index.html` : '404.html';
}

test('over a thousand hostile addresses: each page stands, runs nothing from its input, breaks no policy', async ({ context, request, baseURL }) => {
  test.setTimeout(600_000);
  const { events } = await (await request.get('data/events.json')).json();
  const { people } = await (await request.get('data/people.json')).json();
  const sourcesHtml = await (await request.get('sources/')).text();
  const ids = {
    events: events.map((e) => e.id),
    people: people.map((p) => p.id),
    sources: [...new Set([...sourcesHtml.matchAll(/\/sources\/([^/"#]+)\/"/g)].map((m) => m[1]))],
  };
  const addresses = generate(mulberry32(SEED), ids);

  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  // Addresses longer than a host takes: answer with the page the host would serve.
  const base = new URL(baseURL);
  await context.route(
    (url) => url.href.length > REQUEST_LINE_LIMIT,
    async (route) => {
      const url = new URL(route.request().url());
      const path = url.pathname.slice(base.pathname.length);
      const file = servedFile(path);
      const response = await request.get(file);
      await route.fulfill({ status: file === '404.html' ? 404 : 200, contentType: 'text/html', body: await response.body() });
    },
  );

  const counts = { pages: 0, long: 0, notFound: 0, ran: 0, violations: 0 };
  const failures = [];
  let next = 0;
  const worker = async () => {
    const page = await context.newPage();
    while (next < addresses.length) {
      const address = addresses[next++];
      const shown = address.length > 120 ? `${address.slice(0, 120)}… (${address.length} chars)` : address;
      try {
        const response = await page.goto(address, { waitUntil: 'domcontentloaded' });
        if (response?.status() === 404) counts.notFound += 1;
        if (address.length > REQUEST_LINE_LIMIT) counts.long += 1;
        await expect(page.locator('main h1')).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
        const { pwned, violations } = await page.evaluate(() => ({ pwned: window.__pwned, violations: window.__violations }));
        if (pwned !== undefined) {
          counts.ran += 1;
          failures.push(`${shown}: a payload ran`);
        }
        if (violations.length) {
          counts.violations += violations.length;
          failures.push(`${shown}: ${violations.join(', ')}`);
        }
      } catch (error) {
        failures.push(`${shown}: ${error.message.split('\n')[0]}`);
      }
      counts.pages += 1;
    }
    await page.close();
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  console.log(
    `hostile addresses: ${counts.pages} pages from seed ${SEED} (${counts.long} longer than a request line, ${counts.notFound} answered 404); payloads run: ${counts.ran}; policy violations: ${counts.violations}; failures: ${failures.length}`,
  );
  expect(failures.slice(0, 20)).toEqual([]);
  expect(counts.pages).toBeGreaterThanOrEqual(1_000);
});

/** Long tasks (over 50 ms) from now on, kept on the page. */
async function watchLongTasks(page) {
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
  });
}

/** The longest task that started after `since` (a `performance.now()` time), over `ms`. */
async function longestAfter(page, since, ms = 1_500) {
  await page.waitForTimeout(ms);
  return page.evaluate((since) => Math.max(0, ...window.__longTasks.filter((t) => t.start >= since).map((t) => t.duration)), since);
}

test('10,000 characters, 200 fast keystrokes and 100 fast history steps leave no long task behind', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  await watchLongTasks(page);
  const search = page.getByLabel('Search the timeline');

  // 10,000 characters at once, then 200 keystrokes as fast as the browser takes them.
  await search.fill('council panel '.repeat(715).slice(0, 10_000));
  await expect(page).toHaveURL(/q=/);
  await search.fill('');
  await search.pressSequentially('kerslake panel council letter '.repeat(7).slice(0, 200), { delay: 0 });
  await expect(search).toHaveValue(/^kerslake/);
  await expect(page.getByTestId('result-count')).toHaveText(/^\d+ events?$/);
  const afterTyping = await page.evaluate(() => performance.now());
  const typingLongest = await longestAfter(page, afterTyping);

  // 100 history steps, back and forth, without waiting for each.
  for (const word of ['panel', 'council', 'finance', 'letter', 'report']) {
    await search.fill(word);
    await expect(page).toHaveURL(new RegExp(`q=${word}`));
  }
  for (let i = 0; i < 50; i += 1) {
    await page.evaluate(() => history.back());
    await page.evaluate(() => history.forward());
  }
  await expect(page.getByTestId('result-count')).toHaveText(/^\d+ events?$/);
  const afterHistory = await page.evaluate(() => performance.now());
  const historyLongest = await longestAfter(page, afterHistory);
  const during = await page.evaluate(() => Math.max(0, ...window.__longTasks.map((t) => t.duration)));
  console.log(
    `after the bursts: longest task ${typingLongest.toFixed(0)} ms after typing, ${historyLongest.toFixed(0)} ms after the history steps (longest during them: ${during.toFixed(0)} ms)`,
  );
  expect(typingLongest).toBeLessThanOrEqual(200);
  expect(historyLongest).toBeLessThanOrEqual(200);
  await expect(page.locator('main h1')).toBeVisible();
});
