// Budgets for the release build in dist/ (run by scripts/test.sh after `trunk build --release`).
//
//  (a) Transfer size: every file the home page needs to start (the HTML, the JS glue, the
//      wasm, the CSS, plus any other script/style/preload it links), gzip -9 each, and the
//      total, against the 250 KB budget (issue 3). Over the budget it exits 1, which
//      scripts/test.sh reports without failing the run.
//  (b) Cold load: median of 5 loads of the home page in headless Chromium, each in a fresh
//      browser context (empty cache): from navigation start to the first [data-testid="event"]
//      of the pre-rendered HTML being visible, and to the app having taken the page over
//      (hydrated, `<html data-app="live">`). Printed, never asserted.
//  (c) Search latency: from a keystroke in "Search the timeline" to the rendered list having
//      changed, median of several keystrokes. Printed, never asserted.
//
//   node tests/budget/measure.mjs [--dist dist] [--budget-kb 250] [--runs 5] [--no-browser]
//
// Writes the figures to test-results/budget.json as well.
import { chromium } from 'playwright-core';
// The same browser and flags as the end-to-end tests.
import { CHROMIUM_PATH, CHROMIUM_ARGS } from '../../playwright.config.mjs';
import { gzipSync } from 'node:zlib';
import { serveStatic } from './static-server.mjs';
import { readFileSync, existsSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, extname, resolve, normalize, sep } from 'node:path';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const DIST = resolve(flag('--dist', 'dist'));
const BUDGET_KB = Number(flag('--budget-kb', process.env.BIIP_BUDGET_KB || 250));
const RUNS = Number(flag('--runs', 5));
const KEYSTROKES = Number(flag('--keystrokes', 7));
const BROWSER = !args.includes('--no-browser');

const kb = (bytes) => (bytes / 1024).toFixed(1);
const ms = (value) => (value == null ? 'n/a' : `${value.toFixed(0)} ms`);
const median = (values) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
function table(rows, header) {
  const all = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(line(all[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  all.slice(1).forEach((r) => console.log(line(r)));
}

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`budget: ${DIST}/index.html is missing; run \`trunk build --release\` first`);
  process.exit(2);
}

// ---- (a) what the home page loads, gzipped -------------------------------------------------

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const base = (html.match(/<base\s+href="([^"]*)"/i) || [])[1] || '/';
// Only what the home page fetches to start: stylesheets, scripts, module/wasm preloads, and the
// wasm the JS glue loads (Trunk names it next to the JS). Icons, the manifest and data files
// are fetched later or not at all, so they are outside the budget.
const refs = new Set();
for (const tag of html.match(/<(?:link|script)\b[^>]*>/gi) || []) {
  const attr = (name) => (tag.match(new RegExp(`\\s${name}="([^"]*)"`, 'i')) || [])[1];
  const rel = (attr('rel') || '').toLowerCase();
  if (/^<script/i.test(tag) && attr('src')) refs.add(attr('src'));
  if (/^<link/i.test(tag) && ['stylesheet', 'modulepreload', 'preload'].includes(rel) && attr('href')) refs.add(attr('href'));
}
// Imports inside Trunk's inline initializer: `import init from '/biip-timeline-<hash>.js'`
// and `module_or_path: '/biip-timeline-<hash>_bg.wasm'`.
// (Only those: a file an inline script merely names, such as embed-frame.js, which only an
// embedded page loads, is not part of the home page.)
for (const m of html.matchAll(/(?:\bfrom\s*|\bmodule_or_path:\s*)['"]([^'"\s]+\.(?:js|wasm))['"]/g)) refs.add(m[1]);

function toFile(ref) {
  if (/^(?:[a-z]+:)?\/\//i.test(ref) || ref.startsWith('data:')) return null;
  let path = ref.split(/[?#]/)[0];
  if (path.startsWith(base)) path = path.slice(base.length);
  else if (path.startsWith('/')) path = path.slice(1);
  const file = normalize(join(DIST, path));
  return file.startsWith(DIST + sep) && existsSync(file) && statSync(file).isFile() ? file : null;
}
const files = new Map([['index.html', join(DIST, 'index.html')]]);
for (const ref of refs) {
  const file = toFile(ref);
  if (file) files.set(file.slice(DIST.length + 1), file);
}
const kinds = [...files.keys()].map((name) => extname(name));
for (const needed of ['.js', '.wasm', '.css']) {
  if (!kinds.includes(needed)) {
    console.error(`budget: found no ${needed} file linked from dist/index.html (links seen: ${[...refs].join(', ') || 'none'})`);
    process.exit(1);
  }
}

const sizeRows = [];
let rawTotal = 0;
let gzipTotal = 0;
for (const [name, file] of [...files].sort((a, b) => a[0].localeCompare(b[0]))) {
  const bytes = readFileSync(file);
  const gz = gzipSync(bytes, { level: 9 }).length;
  rawTotal += bytes.length;
  gzipTotal += gz;
  sizeRows.push([name, kb(bytes.length), kb(gz)]);
}
sizeRows.push(['total', kb(rawTotal), kb(gzipTotal)]);
console.log(`\n(a) What the home page loads to start, gzip -9 (budget ${BUDGET_KB} KB):\n`);
table(sizeRows, ['file', 'raw KB', 'gzip KB']);
const overBudget = gzipTotal > BUDGET_KB * 1024;
console.log(
  overBudget
    ? `\nOVER BUDGET: ${kb(gzipTotal)} KB gzip > ${BUDGET_KB} KB (${kb(gzipTotal - BUDGET_KB * 1024)} KB over)`
    : `\nwithin budget: ${kb(gzipTotal)} KB gzip of ${BUDGET_KB} KB (${((100 * gzipTotal) / (BUDGET_KB * 1024)).toFixed(0)}%)`,
);

const figures = {
  budgetKb: BUDGET_KB,
  files: Object.fromEntries(sizeRows.map(([name, raw, gz]) => [name, { rawKb: Number(raw), gzipKb: Number(gz) }])),
  gzipTotalBytes: gzipTotal,
  overBudget,
};

// ---- (b) and (c) in the browser ------------------------------------------------------------

async function measureBrowser() {
  const server = await serveStatic(DIST);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const problems = [];
  const watch = (page) => {
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || /panicked at/.test(m.text())) problems.push(`console: ${m.text()}`);
    });
  };
  try {
    // (b) cold loads. An init script notes, in the page's own clock (0 = navigation start), the
    // frame in which the first [data-testid="event"] of the pre-rendered HTML has a box, and
    // the moment the app has taken that page over (`<html data-app="live">`, set once
    // hydration is complete): from then on the page answers the reader.
    const loads = [];
    const prerenderedLoads = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 720 } });
      await context.addInitScript(() => {
        const seen = (window.__biipSeen = { first: null, live: null });
        let pending = false;
        const check = () => {
          pending = false;
          if (seen.first == null) {
            const el = document.querySelector('[data-testid="event"]');
            const box = el && el.getBoundingClientRect();
            if (box && (box.width > 0 || box.height > 0)) seen.first = performance.now();
          }
          if (seen.live == null && document.documentElement.dataset.app === 'live') seen.live = performance.now();
          if (seen.first != null && seen.live != null) observer.disconnect();
        };
        const observer = new MutationObserver(() => {
          if (!pending) {
            pending = true;
            requestAnimationFrame(check);
          }
        });
        observer.observe(document, { childList: true, subtree: true, attributes: true });
      });
      const page = await context.newPage();
      watch(page);
      await page.goto(url, { waitUntil: 'commit' });
      await page.locator('html[data-app="live"]').waitFor({ state: 'attached', timeout: 30_000 });
      await page.waitForFunction(() => window.__biipSeen.live != null, null, { timeout: 5_000 }).catch(() => {});
      const seen = await page.evaluate(() => ({ ...window.__biipSeen, now: performance.now() }));
      loads.push(seen.live ?? seen.now);
      if (seen.first != null) prerenderedLoads.push(seen.first);
      await context.close();
    }

    // (c) keystroke to list update, in one warm page
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    watch(page);
    await page.goto(url);
    await page.locator('html[data-app="live"]').waitFor({ state: 'attached', timeout: 30_000 });
    const box = page.getByLabel('Search the timeline');
    await box.click();
    const keys = [];
    const word = 'councillors'.slice(0, KEYSTROKES);
    for (const key of word) {
      // Arm a watcher on the results before the key goes in, then time key -> first DOM change
      // of the list that is followed by a painted frame.
      await page.evaluate(() => {
        const target = document.querySelector('[data-testid="results"]') || document.querySelector('main') || document.body;
        window.__biipChanged = new Promise((resolveChange) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolveChange(performance.now()), 0));
          });
          observer.observe(target, { childList: true, subtree: true, characterData: true, attributes: true });
          setTimeout(() => {
            observer.disconnect();
            resolveChange(null);
          }, 3000);
        });
        window.__biipKeyAt = null;
        document.addEventListener('keydown', () => (window.__biipKeyAt = performance.now()), { once: true, capture: true });
      });
      await page.keyboard.press(key);
      const [keyAt, changedAt] = await page.evaluate(async () => [window.__biipKeyAt, await window.__biipChanged]);
      if (keyAt != null && changedAt != null) keys.push(changedAt - keyAt);
      await page.waitForTimeout(150);
    }
    await context.close();
    return { loads, prerenderedLoads, keys, problems };
  } finally {
    await browser.close();
    server.close();
  }
}

let browserFailed = false;
if (BROWSER) {
  try {
    const { loads, prerenderedLoads, keys, problems } = await measureBrowser();
    console.log(`\n(b) Cold load to the first event visible, ${RUNS} fresh contexts; (c) keystroke to list updated:\n`);
    table(
      [
        ['first event visible (pre-rendered HTML)', prerenderedLoads.map((v) => v.toFixed(0)).join(', ') || 'n/a', ms(median(prerenderedLoads))],
        ['cold load to the app live (b)', loads.map((v) => v.toFixed(0)).join(', '), ms(median(loads))],
        ['search keystroke (c)', keys.map((v) => v.toFixed(0)).join(', ') || '(no update seen)', ms(median(keys))],
      ],
      ['measure', 'runs (ms)', 'median'],
    );
    console.log('\n(timings are printed for the record, never asserted)');
    if (problems.length) console.log(`\nthe page reported problems while measuring:\n  ${[...new Set(problems)].join('\n  ')}`);
    figures.appLiveMs = { runs: loads, median: median(loads) };
    figures.firstEventVisibleMs = { runs: prerenderedLoads, median: median(prerenderedLoads) };
    figures.searchKeystrokeMs = { runs: keys, median: median(keys) };
  } catch (error) {
    // Timings are information, but not being able to load the page at all is a failure.
    browserFailed = true;
    console.error(`\nbudget: could not measure in the browser: ${error.message}`);
  }
}

mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/budget.json', `${JSON.stringify(figures, null, 2)}\n`);
process.exit(overBudget || browserFailed ? 1 : 0);
