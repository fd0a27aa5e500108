import { checkScreen, createPerson, expect, expectSealed, perspective, saveAndSubmit, signIn, startAudit, test, shareMyView } from './fixtures';

test('a submission taken back to edit before the reveal, shared again, and opened with the new words', async ({ browser, baseURL, request }) => {
  const robin = await createPerson(request, 'Robin');
  const kim = await createPerson(request, 'Kim');
  const relationshipId = await startAudit(request, robin, kim);
  await saveAndSubmit(request, robin, relationshipId, perspective('robin-first'));

  const robinContext = await browser.newContext({ baseURL });
  const kimContext = await browser.newContext({ baseURL });
  const page = await robinContext.newPage();
  const kimPage = await kimContext.newPage();
  await signIn(page, robin, `/r/${relationshipId}`);
  await signIn(kimPage, kim, `/r/${relationshipId}`);

  // Waiting: Robin's own answers, read-only.
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you. Your view is sealed.' })).toBeVisible();
  const mine = page.getByRole('region', { name: 'Your answers' });
  await expect(mine.getByText('“robin-first-depth”')).toBeVisible();
  await expect(mine.getByRole('textbox')).toHaveCount(0);
  await checkScreen(page, 'm20-waiting-own-answers');
  await expect(kimPage.getByText('Robin has finished theirs.')).toBeVisible();
  await expect(kimPage.locator('[data-connection="connected"]')).toBeVisible();

  // Taken back: the review step again; Kim sees only that Robin is working on it.
  await mine.getByRole('button', { name: 'Take it back to edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your view' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Review and share' })).toBeVisible();
  await expect(kimPage.getByText('Robin is working on theirs.')).toBeVisible();
  await expectSealed(kimPage, ['robin-first'], 'Kim after the withdrawal');
  await checkScreen(page, 'm21-withdrawn-review');

  await page.getByRole('button', { name: 'Change Depth' }).click();
  await page.getByRole('textbox', { name: 'A note (optional)' }).fill('robin-second-depth');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.getByRole('button', { name: /Step 7:\s?Review/ }).click();
  await shareMyView(page);
  await expect(page.getByRole('region', { name: 'Your answers' }).getByText('“robin-second-depth”')).toBeVisible();
  await expect(kimPage.getByText('Robin has finished theirs.')).toBeVisible();

  // Kim shares: it opens with Robin's new words, and there is nothing to take back any more.
  await saveAndSubmit(request, kim, relationshipId, perspective('kim-words'));
  await expect(kimPage.getByRole('heading', { level: 1, name: 'Two perspectives, side by side' })).toBeVisible();
  await expect(kimPage.getByText('robin-second-depth')).toBeVisible();
  await expect(kimPage.getByText('robin-first-depth')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Two perspectives, side by side' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Take it back to edit' })).toHaveCount(0);
  const late = await request.post(`/api/relationships/${relationshipId}/withdraw`, { headers: { Authorization: `Bearer ${robin.accessKey}` } });
  expect(late.status()).toBe(409);
  await Promise.all([robinContext.close(), kimContext.close()]);
});
