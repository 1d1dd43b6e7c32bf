// Offline use: the installable web app, the service worker that precaches the whole build, the
// offline note, and updates that never mix two builds (a new build waits until the reader
// presses "Reload"; a broken one is never installed). Runs at the root and under /some/path/.
import { test, expect, axe, expectLive } from './fixtures.mjs';
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const countText = (page) => page.getByTestId('result-count');
const heading = (page) => page.getByRole('heading', { level: 1 });
const offlineNote = (page) => page.getByTestId('offline-status');
const updateNote = (page) => page.getByTestId('update-status');

const distFor = (testInfo) => (testInfo.project.name === 'subpath' ? 'dist-subpath' : 'dist');
const prefixFor = (testInfo) => (testInfo.project.name === 'subpath' ? '/some/path/' : '/');

async function waitForController(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
}

async function openHome(page, address = './') {
  await page.goto(address);
  await expectLive(page);
  await expect(heading(page)).toBeVisible();
  await expect(countText(page)).toHaveText(/^\d+ events?$/);
}

const cacheNames = (page) => page.evaluate(() => caches.keys());

// axe over the notes pwa.js adds (the whole page is scanned in a11y.spec.mjs).
async function seriousViolations(page) {
  const results = await axe(page).include('.pwa-status').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

// ---- a private copy of the build, served on its own port, that a test may change ----

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function serveCopy(testInfo) {
  const source = distFor(testInfo);
  const prefix = prefixFor(testInfo);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'biip-offline-'));
  fs.cpSync(source, dir, { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}${prefix}`;
  const child = spawn(
    'python3',
    ['scripts/static_server.py', '--bind', '127.0.0.1', '--port', String(port), '--directory', dir, '--prefix', prefix, '--quiet'],
    { stdio: 'ignore' },
  );
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 100) throw new Error(`static server on ${url} did not start`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = () => {
    if (child.exitCode === null) child.kill();
  };
  return { dir, url, stop, cleanup: () => { stop(); fs.rmSync(dir, { recursive: true, force: true }); } };
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** The build's sw.js, split into its version and precache list. */
function readWorker(dir) {
  const js = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8');
  const version = js.match(/const VERSION = "([^"]+)";/)[1];
  const list = JSON.parse(js.match(/const PRECACHE = (\[[\s\S]*?\n\]);/)[1]);
  return { js, version, list };
}

/**
 * Turns the copy in `dir` into build B: the home page gets a marker, its hash in sw.js follows,
 * and the version changes. With `missingFile`, sw.js also lists a file that is not there.
 */
function makeBuildB(dir, { missingFile = false } = {}) {
  const worker = readWorker(dir);
  const home = path.join(dir, 'index.html');
  const html = fs.readFileSync(home, 'utf8').replace('</head>', '<meta name="biip-build" content="B"></head>');
  fs.writeFileSync(home, html);
  const list = worker.list.map((e) => (e.url === './' ? { ...e, sha256: sha256(html) } : e));
  if (missingFile) list.push({ url: 'not-deployed-yet.js', sha256: '0'.repeat(64) });
  const version = `${worker.version}b`;
  const js = worker.js
    .replace(/const VERSION = "[^"]+";/, `const VERSION = "${version}";`)
    .replace(/const PRECACHE = \[[\s\S]*?\n\];/, `const PRECACHE = ${JSON.stringify(list, null, 2)};`);
  fs.writeFileSync(path.join(dir, 'sw.js'), js);
  return version;
}

// ---- the build's own precache list ----

test('the service worker precaches every file of the build, each with its hash', async ({ request }, testInfo) => {
  const dir = distFor(testInfo);
  const { version, list } = readWorker(dir);
  expect(version).toMatch(/^[0-9a-f]{16}$/);
  const urls = new Set(list.map((e) => e.url));
  const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  for (const file of walk(dir)) {
    const rel = path.relative(dir, file).split(path.sep).join('/');
    if (rel === 'sw.js') continue;
    const url = rel === 'index.html' ? './' : rel.replace(/(^|\/)index\.html$/, '$1');
    expect(urls.has(url), `${rel} is precached as ${url}`).toBe(true);
    const entry = list.find((e) => e.url === url);
    expect(entry.sha256, `hash of ${rel}`).toBe(sha256(fs.readFileSync(file)));
  }
  for (const pattern of [/\.wasm$/, /\.js$/, /\.css$/, /^events\/[^/]+\/$/, /^404\.html$/, /^icons\/icon-512\.png$/, /^data\/events\.json$/, /^pwa\.js$/, /^manifest\.webmanifest$/]) {
    expect(list.some((e) => pattern.test(e.url)), `${pattern} in the precache list`).toBe(true);
  }
  // The worker served is that file.
  const served = await request.get('sw.js');
  expect(served.status()).toBe(200);
  expect(await served.text()).toContain(`const VERSION = "${version}";`);
});

// ---- offline after one visit ----

test('after one visit, home, a filter URL, an unvisited event page and a source work offline', async ({ page, context, request }) => {
  test.setTimeout(60_000);
  const data = await (await request.get('data/events.json')).json();
  const events = data.events;
  const unvisited = events[events.length - 1];

  await openHome(page);
  await waitForController(page);
  await expect(offlineNote(page)).toBeHidden();
  const total = Number((await countText(page).innerText()).match(/^(\d+)/)[1]);
  expect(total).toBe(events.length);

  await context.setOffline(true);
  await page.reload();
  await expect(heading(page)).toBeVisible();
  await expect(countText(page)).toHaveText(`${total} events`);
  await expect(offlineNote(page)).toBeVisible();
  await expect(offlineNote(page)).toHaveText(/offline/i);
  await expect(page.getByRole('status').filter({ hasText: /offline/i })).toHaveCount(1);
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousViolations(page), `axe with the offline note (${colorScheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // A filter URL: the query string maps to the cached home page, and the app reads it.
  await openHome(page, './?q=council');
  await expect(page.getByLabel('Search the timeline')).toHaveValue('council');
  const narrowed = Number((await countText(page).innerText()).match(/^(\d+)/)[1]);
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(total);
  await expect(page.getByTestId('event')).toHaveCount(narrowed);

  // An event page never opened, in a fresh tab.
  const fresh = await context.newPage();
  await fresh.goto(`./events/${unvisited.id}/`);
  await expect(heading(fresh)).toHaveText(unvisited.title);
  await expect(fresh.getByTestId('event-page')).toBeVisible();
  await expect(offlineNote(fresh)).toBeVisible();

  // A source's page never opened, taken over with its article from the cache, and a passage
  // reached from an event inside the app.
  await fresh.goto('./sources/004_ed014544b87a23a7/');
  await expectLive(fresh);
  await expect(fresh.getByTestId('source-article').locator('mark.passage').first()).toBeVisible();
  await fresh.goto(`./events/${unvisited.id}/`);
  await fresh.getByRole('link', { name: 'Read it in its source' }).first().click();
  await expect(fresh.locator('mark.passage:focus')).toBeInViewport();

  // An unknown address offline: the cached not-found page.
  await fresh.goto('./events/no-such-event/');
  await expect(fresh.getByTestId('not-found')).toBeVisible();

  // Back online, the note goes away.
  await context.setOffline(false);
  await expect(offlineNote(fresh)).toBeHidden();
});

// ---- installable ----

function pngSize(bytes) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('Chromium finds the app installable and the manifest icons have their declared sizes', async ({ request, baseURL }, testInfo) => {
  // Chromium never offers to install from an incognito profile, which every Playwright context
  // is; this check runs in a real (temporary) profile instead.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'biip-profile-'));
  const { launchOptions, viewport } = testInfo.project.use;
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, viewport, headless: true });
  const problems = [];
  try {
    const page = context.pages()[0] || (await context.newPage());
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(String(e)));
    await openHome(page, baseURL);
    await waitForController(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const { url: manifestUrl, errors } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    expect(manifestUrl).toBe(new URL('manifest.webmanifest', baseURL).href);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }

  const manifestUrl = new URL('manifest.webmanifest', baseURL).href;
  const manifest = await (await request.get(manifestUrl)).json();
  expect(manifest.name).toBeTruthy();
  expect(manifest.short_name).toBeTruthy();
  expect(manifest.description).toBeTruthy();
  expect(manifest.display).toBe('standalone');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  // Relative to the manifest, so they stay inside a sub-path deploy.
  expect(new URL(manifest.start_url, manifestUrl).href).toBe(baseURL);
  expect(new URL(manifest.scope, manifestUrl).href).toBe(baseURL);

  const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
  const sizes = new Set(pngs.map((icon) => icon.sizes));
  expect(sizes).toEqual(new Set(['192x192', '512x512']));
  expect(pngs.some((icon) => icon.purpose.split(' ').includes('maskable'))).toBe(true);
  for (const icon of manifest.icons) {
    const response = await request.get(new URL(icon.src, manifestUrl).href);
    expect(response.status(), icon.src).toBe(200);
    if (icon.type !== 'image/png') continue;
    const { width, height } = pngSize(await response.body());
    expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
  }
});

// ---- updates ----

test.describe('updates', () => {
  test.describe.configure({ timeout: 150_000 });

  test('a new build waits for the reader, then replaces the old one completely', async ({ page, context }, testInfo) => {
    const site = await serveCopy(testInfo);
    try {
      const versionA = readWorker(site.dir).version;
      await openHome(page, site.url);
      await waitForController(page);
      const cachesA = await cacheNames(page);
      expect(cachesA).toHaveLength(1);
      expect(cachesA[0].endsWith(`:${versionA}`)).toBe(true);

      const versionB = makeBuildB(site.dir);
      await openHome(page, site.url);
      await expect(updateNote(page)).toBeVisible({ timeout: 60_000 });
      await expect(updateNote(page)).toContainText('A new version is available');
      for (const colorScheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme });
        expect(await seriousViolations(page), `axe with the update prompt (${colorScheme})`).toEqual([]);
      }
      // Until the reader accepts, the page is build A, and B's cache waits beside A's.
      await expect(page.locator('meta[name="biip-build"]')).toHaveCount(0);
      expect((await cacheNames(page)).sort()).toEqual([cachesA[0], cachesA[0].replace(`:${versionA}`, `:${versionB}`)].sort());
      // A fresh tab still gets build A too.
      const other = await context.newPage();
      await openHome(other, site.url);
      await expect(other.locator('meta[name="biip-build"]')).toHaveCount(0);
      await other.close();

      await page.getByRole('button', { name: 'Reload' }).click();
      await expect(page.locator('meta[name="biip-build"]')).toHaveAttribute('content', 'B', { timeout: 20_000 });
      await expect(countText(page)).toHaveText(/^\d+ events?$/);
      await expect(updateNote(page)).toBeHidden();
      const cachesB = await cacheNames(page);
      expect(cachesB).toHaveLength(1);
      expect(cachesB[0].endsWith(`:${versionB}`)).toBe(true);

      // Offline, with the server gone too: build B from its cache.
      site.stop();
      await context.setOffline(true);
      await page.reload();
      await expect(countText(page)).toHaveText(/^\d+ events?$/);
      await expect(page.locator('meta[name="biip-build"]')).toHaveAttribute('content', 'B');
      await expect(offlineNote(page)).toBeVisible();
      await page.goto(`${site.url}events/2017-bin-strike/`);
      await expect(page.getByTestId('event-page')).toBeVisible();
    } finally {
      site.cleanup();
    }
  });

  test('a tab left open finds a new build when the reader comes back to it', async ({ page }, testInfo) => {
    const site = await serveCopy(testInfo);
    try {
      await openHome(page, site.url);
      await waitForController(page);
      makeBuildB(site.dir);
      // No reload: the tab is only shown again.
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      await expect(updateNote(page)).toContainText('A new version is available', { timeout: 60_000 });
      await expect(page.locator('meta[name="biip-build"]')).toHaveCount(0);
    } finally {
      site.cleanup();
    }
  });

  test('a broken new build (a listed file is missing) is not installed; the old one keeps working', async ({ page, context }, testInfo) => {
    const site = await serveCopy(testInfo);
    try {
      await openHome(page, site.url);
      await waitForController(page);
      const cachesA = await cacheNames(page);
      expect(cachesA).toHaveLength(1);

      makeBuildB(site.dir, { missingFile: true });
      await openHome(page, site.url);
      // The new worker tries to install, fails on the missing file, and is discarded.
      const outcome = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration.update().catch(() => {});
        const worker = registration.installing || registration.waiting;
        if (!worker) return 'no new worker';
        if (worker.state === 'redundant') return 'redundant';
        return new Promise((resolve) => {
          worker.addEventListener('statechange', () => {
            if (worker.state === 'redundant' || worker.state === 'installed') resolve(worker.state);
          });
        });
      });
      expect(outcome).toBe('redundant');
      const registration = await page.evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        return { installing: !!r.installing, waiting: !!r.waiting, active: !!r.active };
      });
      expect(registration).toEqual({ installing: false, waiting: false, active: true });
      await expect(updateNote(page)).toBeHidden();
      expect(await cacheNames(page)).toEqual(cachesA);

      // Build A still serves, online (its own pages, not B's) and offline.
      await openHome(page, site.url);
      await expect(page.locator('meta[name="biip-build"]')).toHaveCount(0);
      await expect(updateNote(page)).toBeHidden();
      site.stop();
      await context.setOffline(true);
      await page.reload();
      await expect(countText(page)).toHaveText(/^\d+ events?$/);
      await expect(page.locator('meta[name="biip-build"]')).toHaveCount(0);
    } finally {
      site.cleanup();
    }
  });
});

// ---- the cache and the worker protect themselves ----

test.describe('self-protection', () => {
  test.describe.configure({ timeout: 150_000 });

  test('an empty sw.js (a partial upload) is never offered and never takes over', async ({ page, context }, testInfo) => {
    const site = await serveCopy(testInfo);
    try {
      await openHome(page, site.url);
      await waitForController(page);
      const goodWorker = fs.readFileSync(path.join(site.dir, 'sw.js'));
      fs.writeFileSync(path.join(site.dir, 'sw.js'), '');

      // The browser installs the empty script as a new version; the page finds it cannot
      // answer the handshake and drops the registration instead of offering it.
      await openHome(page, site.url);
      await page.waitForFunction(async () => !(await navigator.serviceWorker.getRegistration()), null, { timeout: 30_000 });
      await expect(updateNote(page)).toBeEmpty();

      // The next visit, after the tab is closed, is never in the empty worker's hands: the page
      // is served by this app's worker or by the network, and nothing is offered.
      await page.close();
      const next = await context.newPage();
      await openHome(next, site.url);
      await next.waitForTimeout(5_000);
      const controller = await next.evaluate(async () => {
        const worker = navigator.serviceWorker.controller;
        if (!worker) return null;
        return new Promise((resolve) => {
          const channel = new MessageChannel();
          setTimeout(() => resolve('no answer'), 3_000);
          channel.port1.onmessage = (event) => resolve(event.data.app);
          worker.postMessage({ type: 'biip-version' }, [channel.port2]);
        });
      });
      expect([null, 'biip-timeline']).toContain(controller);
      await expect(updateNote(next)).toBeEmpty();
      await expect(countText(next)).toHaveText(/^\d+ events?$/);

      // When the full sw.js is uploaded, the next visit installs it and offline use is back.
      fs.writeFileSync(path.join(site.dir, 'sw.js'), goodWorker);
      await openHome(next, site.url);
      await waitForController(next);
      site.stop();
      await context.setOffline(true);
      await next.reload();
      await expect(countText(next)).toHaveText(/^\d+ events?$/);
    } finally {
      site.cleanup();
    }
  });

  test('a cached file changed on the device is never served: it is fetched again and checked', async ({ page, context }, testInfo) => {
    const site = await serveCopy(testInfo);
    try {
      await openHome(page, site.url);
      await waitForController(page);
      const { list } = readWorker(site.dir);
      const wasm = list.find((entry) => entry.url.endsWith('.wasm'));
      const tamper = (what) =>
        page.evaluate(
          async ({ home, wasm, what }) => {
            const [name] = await caches.keys();
            const cache = await caches.open(name);
            if (what.includes('page')) {
              const html = await (await cache.match(home)).text();
              const changed = html.replace('<head>', '<head><script>window.__tampered = true</script>');
              await cache.put(home, new Response(changed, { headers: { 'Content-Type': 'text/html' } }));
            }
            if (what.includes('wasm')) {
              const bytes = await (await cache.match(wasm)).arrayBuffer();
              await cache.put(wasm, new Response(bytes.slice(0, 1000), { headers: { 'Content-Type': 'application/wasm' } }));
            }
          },
          { home: site.url, wasm: new URL(wasm.url, site.url).href, what },
        );
      // Each cached file, hashed in the page, against the build's list.
      const cacheMatchesBuild = () =>
        page.evaluate(async (list) => {
          const [name] = await caches.keys();
          const cache = await caches.open(name);
          const hex = (buffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
          const wrong = [];
          for (const { url, sha256 } of list.filter((e) => e.url === './' || e.url.endsWith('.wasm'))) {
            const hit = await cache.match(new URL(url, document.baseURI).href);
            const actual = hit ? hex(await crypto.subtle.digest('SHA-256', await hit.arrayBuffer())) : 'missing';
            if (actual !== sha256) wrong.push(url);
          }
          return wrong;
        }, list);

      // Online: a page with a script added and a cut-off wasm are both replaced by intact copies.
      await tamper(['page', 'wasm']);
      expect(await cacheMatchesBuild()).toEqual(['./', wasm.url]);
      await openHome(page, site.url);
      await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
      expect(await page.evaluate(() => window.__tampered)).toBeUndefined();
      expect(await cacheMatchesBuild()).toEqual([]);

      // Offline, a changed page cannot be fetched again: it is still never served, and the app
      // starts from the intact 404 page at the same address.
      await tamper(['page']);
      site.stop();
      await context.setOffline(true);
      await page.reload();
      await expect(countText(page)).toHaveText(/^\d+ events?$/);
      expect(await page.evaluate(() => window.__tampered)).toBeUndefined();
    } finally {
      site.cleanup();
    }
  });
});
