// Playwright for the BIIP timeline: Debian's Chromium (never a downloaded browser), against the
// release build in dist/ served the way a static host serves it (404.html for missing files,
// no single-page-app fallback). scripts/test.sh builds dist/ first.
import { defineConfig } from '@playwright/test';

const CI = !!process.env.CI;
export const PORT = Number(process.env.BIIP_TEST_PORT || 8091);
export const BASE_URL = `http://127.0.0.1:${PORT}/`;
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
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 720 },
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    command: `python3 scripts/static_server.py --bind 127.0.0.1 --port ${PORT} --directory dist --quiet`,
    url: BASE_URL,
    reuseExistingServer: !CI,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
