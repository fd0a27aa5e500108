import type { Locator, Page } from '@playwright/test';
import { createPerson, expect, signIn, startAudit, test } from './fixtures';

/** Presses Tab until the target has focus; fails if it is not reachable within `max` presses. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reachable with the Tab key: ${target}`);
}

test('someone using only a keyboard can begin, and rate a step', async ({ browser, baseURL, request }) => {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/');
  await tabTo(page, page.getByLabel('What should the other person see as your name?'));
  await page.keyboard.type('Robin');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Robin' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: /Continue/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Robin' })).toBeVisible();

  // Rating with arrow keys and Enter only.
  const partner = await createPerson(request, 'Noor');
  const me = await createPerson(request, 'Robin');
  const id = await startAudit(request, me, partner);
  await signIn(page, me, `/r/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Your view' })).toBeVisible();
  const scale = page.getByRole('group', { name: /how mutual does it feel/ });
  await tabTo(page, scale.getByRole('radio').first());
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(scale.getByRole('radio', { name: /^3\b/ })).toBeChecked();
  await tabTo(page, page.getByRole('radio', { name: 'I mostly give' })); // the first of an unanswered group
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'A note (optional)' })).toBeFocused();
  await page.keyboard.type('Typed with a keyboard');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Depth' })).toBeFocused();
  await context.close();
});
