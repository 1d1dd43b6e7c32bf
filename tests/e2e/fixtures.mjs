// Shared fixtures for every spec: import { test, expect } from './fixtures.mjs'.
//
// Every page a test opens (the `page` fixture and any `context.newPage()`) is watched, and the
// test FAILS afterwards if any page logged a console error, threw an uncaught exception
// (`pageerror`), or printed a Rust panic ("panicked at", whatever the log level).
//
// Two allowances, both narrow:
//  - A navigation the static host answers with its 404 page (status 404, by design for
//    unknown addresses) makes Chromium log "Failed to load resource: ... 404" for that
//    document. That one message, for that document's URL, is not an error of the app.
//  - A test that expects a particular console error can declare it:
//      test.use({ allowedConsoleErrors: [/pattern/] });
//
// Also exported: `axe(page)`, an AxeBuilder for the page (tests/e2e/a11y.spec.mjs imports
// AxeBuilder itself; the helper is for new specs), and `AxeBuilder`.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const PANIC = /panicked at/i;
const DOCUMENT_404 = /^Failed to load resource: the server responded with a status of 404/;

export const test = base.extend({
  allowedConsoleErrors: [[], { option: true }],

  // Problems seen on any page of this test's browser context, in order.
  pageProblems: async ({}, use) => {
    await use([]);
  },

  context: async ({ context, pageProblems, allowedConsoleErrors }, use) => {
    const notFoundDocuments = new Set();
    const allowed = (text) => allowedConsoleErrors.some((pattern) => pattern.test(text));

    const watch = (page) => {
      const where = () => page.url();
      page.on('response', (response) => {
        if (response.status() === 404 && response.request().isNavigationRequest()) {
          notFoundDocuments.add(response.url());
        }
      });
      page.on('console', (message) => {
        const text = message.text();
        if (PANIC.test(text)) {
          pageProblems.push(`wasm panic (console.${message.type()}) on ${where()}: ${text}`);
          return;
        }
        if (message.type() !== 'error') return;
        const source = message.location()?.url || '';
        if (DOCUMENT_404.test(text) && notFoundDocuments.has(source)) return;
        if (allowed(text)) return;
        pageProblems.push(`console error on ${where()}: ${text}${source ? ` (at ${source})` : ''}`);
      });
      page.on('pageerror', (error) => {
        const text = `${error.name}: ${error.message}`;
        if (!PANIC.test(text) && allowed(text)) return;
        pageProblems.push(`uncaught ${PANIC.test(text) ? 'wasm panic' : 'exception'} on ${where()}: ${text}`);
      });
      page.on('crash', () => pageProblems.push(`page crashed on ${where()}`));
    };

    context.pages().forEach(watch);
    context.on('page', watch);
    await use(context);
  },

  // Runs around every test: after the test body, fail it if any page logged a problem. (An
  // auto fixture rather than test.afterEach, which would bind only to the first spec file
  // that imports this module.)
  failOnPageProblems: [
    async ({ pageProblems }, use, testInfo) => {
      await use();
      if (pageProblems.length === 0) return;
      const report = pageProblems.join('\n');
      await testInfo.attach('console-and-page-errors', { body: report, contentType: 'text/plain' });
      expect(pageProblems, `the page logged errors:\n${report}`).toEqual([]);
    },
    { auto: true },
  ],
});

/** An AxeBuilder for `page`, e.g. `const results = await axe(page).withTags(['wcag2aa']).analyze();` */
export function axe(page) {
  return new AxeBuilder({ page });
}

export { expect, AxeBuilder };

/**
 * Waits until the app has taken the page over (`<html data-app="live">`). Until then the page
 * shows the HTML the build step rendered without the query string, so a test that reads the
 * list for a filtered address must wait for this first.
 */
export async function expectLive(page) {
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
}
