// Accessibility checks a reader would feel: no serious or critical axe findings on the main
// pages in light and dark, landmarks, heading order, keyboard use and visible focus.
import { test, expect } from './fixtures.mjs';
import AxeBuilder from '@axe-core/playwright';

const schemes = ['light', 'dark'];

async function seriousViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

for (const colorScheme of schemes) {
  test(`home page has no serious axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('./?tag=finance&q=council');
    await expect(page.getByTestId('result-count')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`event page has no serious axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('./');
    await page.getByTestId('event').nth(2).getByRole('link').click();
    await expect(page.getByTestId('event-page')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`sources pages have no serious axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('./sources/');
    await expect(page.getByTestId('sources-page')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    // The longest source, with a passage targeted as "Read it in its source" leaves it.
    await page.locator('.source-item a').last().click();
    const id = await page.locator('mark.passage[id]').nth(3).getAttribute('id');
    await page.goto(`${page.url()}#${id}`);
    await expect(page.getByTestId('source-article')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`people, organisation and document pages have no serious axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const path of ['./people/', './people/john-clancy/', './organisations/birmingham-city-council/', './documents/kerslake-review/']) {
      await page.goto(path);
      await expect(page.locator('html[data-app="live"]')).toHaveCount(1);
      expect(await seriousViolations(page), path).toEqual([]);
    }
  });

  test(`not-found page has no serious axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('./events/no-such-event/');
    await expect(page.getByTestId('not-found')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('landmarks and headings are in place and in order', async ({ page }) => {
  for (const path of ['./', './events/no-such-event/', './sources/', './sources/004_ed014544b87a23a7/', './people/', './people/ian-ward/', './organisations/biip/', './documents/kerslake-review/']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await expect(page.getByRole('navigation').first()).toBeVisible();
    const levels = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    for (let i = 1; i < levels.length; i++) {
      expect(levels[i] - levels[i - 1], `heading levels ${levels.join(',')}`).toBeLessThanOrEqual(1);
    }
  }
});

test('the timeline works from the keyboard alone, with visible focus', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('result-count')).toBeVisible();
  const total = await page.getByTestId('event').count();

  // The skip link comes first and moves to the page heading.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // Tab to the search box, type, then tab on to a facet button and press it with Space.
  const searchBox = page.getByLabel('Search the timeline');
  for (let i = 0; i < 10 && !(await searchBox.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(searchBox).toBeFocused();
  const outline = await searchBox.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.type('council');
  await expect(page).toHaveURL(/q=council/);

  const firstFacet = page.locator('button.facet-value').first();
  for (let i = 0; i < 10 && !(await firstFacet.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(firstFacet).toBeFocused();
  await page.keyboard.press('Space');
  await expect(firstFacet).toHaveAttribute('aria-pressed', 'true');
  await expect(firstFacet).toBeFocused();
  expect(await page.getByTestId('event').count()).toBeLessThan(total);
});
