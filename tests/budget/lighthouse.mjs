// Lighthouse, mobile (its default: a mid-range phone, simulated slow 4G and 4x CPU slowdown),
// on the release build served by a gzip-serving static server, for the home page and one event
// page. Prints Performance, LCP, TBT and CLS (median of the runs) next to the gzip size of what
// the page loads. Printed, never asserted: figures, not a test (scripts/test.sh runs it after the
// budget step).
//
//   node tests/budget/lighthouse.mjs [--dist dist] [--runs 3] [--event <id>]
//
// Debian's Chromium (CHROME_PATH, else /usr/bin/chromium), never a downloaded browser. Writes
// the figures to test-results/lighthouse.json as well.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from '../../playwright.config.mjs';
import { serveStatic } from './static-server.mjs';
import { readFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const DIST = resolve(flag('--dist', 'dist'));
const RUNS = Number(flag('--runs', 3));

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`lighthouse: ${DIST}/index.html is missing; run \`trunk build --release\` first`);
  process.exit(2);
}

// The event page: the one named, else the first event of the open data.
function firstEventId() {
  const events = JSON.parse(readFileSync(join(DIST, 'data', 'events.json'), 'utf8'));
  const list = Array.isArray(events) ? events : events.events;
  return list[0].id;
}
const EVENT = flag('--event', firstEventId());

const median = (values) => {
  const sorted = values.filter((v) => v != null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function figuresOf(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  const transfer = (lhr.audits['network-requests']?.details?.items || []).reduce(
    (sum, item) => sum + (item.transferSize || 0),
    0,
  );
  return {
    performance: lhr.categories.performance.score == null ? null : Math.round(lhr.categories.performance.score * 100),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    fcpMs: audit('first-contentful-paint'),
    transferKb: transfer / 1024,
    lcpElement: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet || null,
    runtimeError: lhr.runtimeError?.message || null,
    warnings: lhr.runWarnings || [],
  };
}

const server = await serveStatic(DIST);
const origin = `http://127.0.0.1:${server.address().port}`;
const pages = [
  ['home', `${origin}/`],
  [`event (${EVENT})`, `${origin}/events/${EVENT}/`],
];
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
const results = [];
let failed = false;
try {
  for (const [name, url] of pages) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      const figures = figuresOf(result.lhr);
      if (figures.runtimeError) {
        console.error(`lighthouse: ${name}: ${figures.runtimeError}`);
        failed = true;
      }
      runs.push(figures);
    }
    const pick = (key) => median(runs.map((r) => r[key]));
    results.push({
      page: name,
      url: url.slice(origin.length),
      runs,
      performance: pick('performance'),
      lcpMs: pick('lcpMs'),
      tbtMs: pick('tbtMs'),
      cls: pick('cls'),
      fcpMs: pick('fcpMs'),
      transferKb: pick('transferKb'),
    });
  }
} finally {
  await chrome.kill();
  server.close();
}

const rows = results.map((r) => [
  r.page,
  String(r.performance ?? 'n/a'),
  r.fcpMs == null ? 'n/a' : `${(r.fcpMs / 1000).toFixed(2)} s`,
  r.lcpMs == null ? 'n/a' : `${(r.lcpMs / 1000).toFixed(2)} s`,
  r.tbtMs == null ? 'n/a' : `${r.tbtMs.toFixed(0)} ms`,
  r.cls == null ? 'n/a' : r.cls.toFixed(3),
  r.transferKb == null ? 'n/a' : `${r.transferKb.toFixed(1)} KB`,
  r.runs.map((run) => run.performance).join(', '),
]);
const header = ['page', 'Performance', 'FCP', 'LCP', 'TBT', 'CLS', 'transferred (gzip)', 'runs'];
const all = [header, ...rows];
const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
const line = (r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
const { version } = createRequire(import.meta.url)('lighthouse/package.json');
console.log(`\nLighthouse ${version} mobile (simulated throttling), median of ${RUNS} runs, gzip-serving static server:\n`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
rows.forEach((r) => console.log(line(r)));
for (const r of results) console.log(`largest contentful paint, ${r.page}: ${r.runs[0].lcpElement || 'n/a'}`);
console.log('\n(printed for the record, never asserted)');

mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/lighthouse.json', `${JSON.stringify(results, null, 2)}\n`);
process.exit(failed ? 1 : 0);
