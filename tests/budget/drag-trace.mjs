// How long one step of a drag across the overview axis takes (issue 12: "within one frame,
// 16 ms median"). Records a Chromium performance trace of a scripted mouse drag on the home
// page of the release build, then, for each pointermove the page handled, adds up the
// main-thread work it caused before the next one: the event's dispatch (the filter, the URL,
// the list and the axis updating), then style, layout, paint and any animation-frame callbacks
// of the frame that shows it. Prints the median, the 95th percentile and the worst step.
// Printed, never asserted.
//
//   node tests/budget/drag-trace.mjs [--dist dist] [--steps 40] [--cpu-slowdown 1]
//
// Writes the figures to test-results/drag-trace.json as well.
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from '../../playwright.config.mjs';
import { serveStatic } from './static-server.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const DIST = resolve(flag('--dist', 'dist'));
const STEPS = Number(flag('--steps', 40));
const SLOWDOWN = Number(flag('--cpu-slowdown', 1));

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p + 0.5))];
};

// Main-thread work that belongs to the frame after an input: rendering and rAF callbacks.
const FRAME_WORK = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'FireAnimationFrame', 'HitTest']);

const server = await serveStatic(DIST);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  await page.waitForSelector('html[data-app="live"]');
  if (SLOWDOWN > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  }
  // How much the axis puts in the page: elements, and how many events it stands for.
  const axisNodes = await page.locator('.axis').evaluate((axis) => axis.querySelectorAll('*').length);
  const summary = await page.locator('.axis-summary').textContent();
  const box = await page.locator('.axis-events').boundingBox();
  const y = box.y + 4;
  await page.mouse.move(box.x + box.width * 0.1, y);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.mouse.down();
  for (let step = 1; step <= STEPS; step += 1) {
    await page.mouse.move(box.x + box.width * (0.1 + (0.8 * step) / STEPS), y);
    // One step per frame, as a hand moves: wait for the frame that shows this step.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  }
  await page.mouse.up();
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  const events = (trace.traceEvents || trace).filter((e) => e.ph === 'X' && typeof e.dur === 'number');
  // The renderer's main thread is the one that dispatched the pointermoves.
  const moves = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'pointermove');
  if (moves.length === 0) throw new Error('the trace has no pointermove dispatches');
  const thread = `${moves[0].pid}:${moves[0].tid}`;
  const main = events.filter((e) => `${e.pid}:${e.tid}` === thread).sort((a, b) => a.ts - b.ts);
  const byName = new Map();
  const steps = moves.map((move, i) => {
    const next = moves[i + 1]?.ts ?? Infinity;
    const frame = main.filter((e) => e.ts >= move.ts + move.dur && e.ts < next && FRAME_WORK.has(e.name));
    const rendering = frame.reduce((sum, e) => sum + e.dur, 0);
    for (const e of frame) byName.set(e.name, (byName.get(e.name) || 0) + e.dur / 1000);
    return { dispatch: move.dur / 1000, total: (move.dur + rendering) / 1000 };
  });
  const totals = steps.map((s) => s.total);
  const dispatches = steps.map((s) => s.dispatch);
  const figures = {
    steps: steps.length,
    cpu_slowdown: SLOWDOWN,
    median_ms: percentile(totals, 0.5),
    p95_ms: percentile(totals, 0.95),
    worst_ms: Math.max(...totals),
    dispatch_median_ms: percentile(dispatches, 0.5),
    url_after: page.url().replace(url, '/'),
    axis_elements: axisNodes,
    axis_summary: summary,
  };
  console.log(`The axis: ${figures.axis_summary} (${figures.axis_elements} elements)`);
  console.log(`Drag across the axis: ${figures.steps} steps traced (CPU slowdown ${SLOWDOWN}x)`);
  console.log(`  main-thread work per step: median ${figures.median_ms.toFixed(1)} ms, p95 ${figures.p95_ms.toFixed(1)} ms, worst ${figures.worst_ms.toFixed(1)} ms`);
  console.log(`  of which the pointermove handler: median ${figures.dispatch_median_ms.toFixed(1)} ms`);
  const breakdown = [...byName].sort((a, b) => b[1] - a[1]).map(([name, total]) => `${name} ${(total / steps.length).toFixed(1)}`);
  console.log(`  rendering after it, mean ms per step: ${breakdown.join(', ')}`);
  console.log(`  the drag left the page at ${figures.url_after}`);
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/drag-trace.json', `${JSON.stringify(figures, null, 2)}\n`);
} finally {
  await browser.close();
  server.close();
}
