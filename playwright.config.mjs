// Playwright for the BIIP timeline: Debian's Chromium (never a downloaded browser), against the
// release build in dist/ served the way a static host serves it (404.html for missing files,
// no single-page-app fallback). scripts/test.sh builds dist/ first, and dist-subpath/ (the same
// site built with --public-url /some/path/), which the `subpath` project serves under that path.
import { defineConfig } from '@playwright/test';

const CI = !!process.env.CI;
export const PORT = Number(process.env.BIIP_TEST_PORT || 8091);
export const BASE_URL = `http://127.0.0.1:${PORT}/`;
export const SUBPATH = '/some/path/';
export const SUBPATH_PORT = Number(process.env.BIIP_TEST_SUBPATH_PORT || PORT + 1);
export const SUBPATH_BASE_URL = `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`;
// The specs the sub-path build runs: the static-host checks, offline use, embedding, the axis,
// the sources, the pages of people, organisations and documents, and the downloads.
const STATIC_SPECS = /(static-.*|offline|embed|axis|sources|people|downloads|csp)\.spec\.mjs$/;
// The scale spec needs a synthetic build (BIIP_SYNTHETIC_EVENTS): it runs alone, with
// BIIP_SCALE=1 BIIP_DIST=dist-synthetic, and never against the real one.
const SCALE = !!process.env.BIIP_SCALE;
const SCALE_SPEC = /scale\.spec\.mjs$/;
// The builds to serve: dist/ and dist-subpath/ unless told otherwise (a build of one's own).
const DIST = process.env.BIIP_DIST || 'dist';
const DIST_SUBPATH = process.env.BIIP_DIST_SUBPATH || 'dist-subpath';
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
// Quiet on a closed network: no background fetches, updates, sync or QUIC probes.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.mjs',
  outputDir: 'test-results',
  fullyParallel: false,
  forbidOnly: CI,
  retries: 0,
  workers: Number(process.env.PW_WORKERS || (CI ? 1 : 2)),
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      // Every spec, against dist/ served at the root (or the scale spec alone, against a
      // synthetic build).
      name: 'root',
      ...(SCALE ? { testMatch: SCALE_SPEC } : { testIgnore: SCALE_SPEC }),
      use: {
        baseURL: BASE_URL,
        browserName: 'chromium',
        viewport: { width: 1280, height: 720 },
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
      },
    },
    {
      // The static-host specs again, against dist-subpath/ served under /some/path/.
      name: 'subpath',
      testMatch: STATIC_SPECS,
      use: {
        baseURL: SUBPATH_BASE_URL,
        browserName: 'chromium',
        viewport: { width: 1280, height: 720 },
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: [
    {
      command: `python3 scripts/static_server.py --bind 127.0.0.1 --port ${PORT} --directory ${DIST} --quiet`,
      url: BASE_URL,
      reuseExistingServer: !CI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `python3 scripts/static_server.py --bind 127.0.0.1 --port ${SUBPATH_PORT} --directory ${DIST_SUBPATH} --prefix ${SUBPATH} --quiet`,
      url: SUBPATH_BASE_URL,
      reuseExistingServer: !CI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
