// Long sessions: the wasm heap must not grow without bound as a reader goes back and forth
// between pages or changes the filters (issue 15). Wasm memory never shrinks, so its size
// after many steps is the most it ever needed: printed, and bounded here.
import { test, expect } from './fixtures.mjs';

test.describe.configure({ timeout: 240_000 });

// The exports of the running wasm, from Trunk's start event.
async function openWithWasm(page, address) {
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (event) => (window.__biipWasm = event.detail.wasm)));
  await page.goto(address);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
}
const wasmBytes = (page) => page.evaluate(() => window.__biipWasm.memory.buffer.byteLength);

// One step of browser history, resolved once the router has handled it.
const step = (page, direction) =>
  page.evaluate(
    (direction) =>
      new Promise((resolve) => {
        addEventListener('popstate', () => setTimeout(resolve, 0), { once: true });
        history[direction]();
      }),
    direction,
  );

const MB = 1024 * 1024;

test('500 back and forward steps between the timeline and an event page keep the wasm heap bounded', async ({ page }) => {
  await openWithWasm(page, './');
  await page.getByTestId('event').first().getByRole('link').click();
  await expect(page.getByTestId('event-page')).toBeVisible();
  // A few steps first, so what a page needs once (its first visit) is not counted as growth.
  for (let i = 0; i < 10; i++) await step(page, i % 2 ? 'forward' : 'back');
  const before = await wasmBytes(page);
  for (let i = 0; i < 500; i++) await step(page, i % 2 ? 'forward' : 'back');
  await expect(page.getByTestId('event-page')).toBeVisible();
  const after = await wasmBytes(page);
  console.log(`wasm memory over 500 history steps: ${(before / MB).toFixed(2)} MB -> ${(after / MB).toFixed(2)} MB`);
  expect(after - before, 'growth of the wasm heap over 500 steps').toBeLessThan(1 * MB);
});

test('500 steps between an unknown address and the timeline keep the wasm heap bounded', async ({ page }) => {
  await openWithWasm(page, './');
  // The not-found page, reached inside the app.
  await page.evaluate(() => {
    history.pushState(null, '', new URL('no-such-page/', document.baseURI).href);
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
  for (let i = 0; i < 10; i++) await step(page, i % 2 ? 'forward' : 'back');
  const before = await wasmBytes(page);
  for (let i = 0; i < 500; i++) await step(page, i % 2 ? 'forward' : 'back');
  const after = await wasmBytes(page);
  console.log(`wasm memory over 500 history steps: ${(before / MB).toFixed(2)} MB -> ${(after / MB).toFixed(2)} MB`);
  expect(after - before, 'growth of the wasm heap over 500 steps').toBeLessThan(1 * MB);
});

test('500 searches that replace the list keep the wasm heap bounded', async ({ page }) => {
  await openWithWasm(page, './');
  const search = page.getByLabel('Search the timeline');
  const events = page.getByTestId('event');
  // Two searches with no event in common, so each one removes every card the other drew, and
  // with them every reader those cards had of the page's search words and links.
  const searches = ['strike', 'kerslake'];
  const searchFor = async (i) => {
    const words = searches[i % 2];
    await search.fill(words);
    await expect(page).toHaveURL(new RegExp(`q=${words}`));
    await expect(events.first().locator('mark').first()).toHaveText(new RegExp(words, 'i'));
  };
  for (let i = 0; i < 10; i++) await searchFor(i);
  const before = await wasmBytes(page);
  for (let i = 0; i < 500; i++) await searchFor(i);
  const after = await wasmBytes(page);
  // Before rows read the page's values through `RowSource` (src/row_source.rs), every removed
  // card left its readers' memory behind: 2.19 -> 3.81 MB here (docs/architecture.md, Memory).
  console.log(`wasm memory over 500 searches: ${(before / MB).toFixed(2)} MB -> ${(after / MB).toFixed(2)} MB`);
  expect(after - before, 'growth of the wasm heap over 500 searches').toBeLessThan(1 * MB);
});
