import { checkScreen, createPerson, expect, expectSealed, perspective, recordHubFrames, saveAndSubmit, signIn, startAudit, test } from './fixtures';

const ALEX_PRIVATE = 'alex-only-for-me-3Fq';

test('opened together: neither page shows the other’s answers until both said “open it now”', async ({ browser, baseURL, request }) => {
  const alex = await createPerson(request, 'Alex');
  const sam = await createPerson(request, 'Sam');
  const relationshipId = await startAudit(request, alex, sam); // opens by itself, until someone asks otherwise
  const alexAnswers = perspective('alex-words');
  alexAnswers.dimensions.depth = { ...alexAnswers.dimensions.depth, note: ALEX_PRIVATE, private: true } as typeof alexAnswers.dimensions.depth;
  await saveAndSubmit(request, alex, relationshipId, alexAnswers);

  const alexContext = await browser.newContext({ baseURL });
  const samContext = await browser.newContext({ baseURL });
  const alexPage = await alexContext.newPage();
  const samPage = await samContext.newPage();
  const samFrames = recordHubFrames(samPage);
  await signIn(alexPage, alex, `/r/${relationshipId}`);
  await signIn(samPage, sam, `/r/${relationshipId}`);
  await expect(alexPage.getByRole('heading', { level: 1, name: 'Thank you. Your view is sealed.' })).toBeVisible();
  await expect(samPage.getByRole('heading', { level: 1, name: 'Your view' })).toBeVisible();
  await expect(samPage.locator('[data-connection="connected"]')).toBeVisible();

  // Alex would rather open it together; Sam's page follows, live.
  await alexPage.getByRole('button', { name: 'Let’s open it together instead' }).click();
  await expect(alexPage.locator('[data-reveal-policy="together"]')).toBeVisible();
  await expect(samPage.locator('[data-reveal-policy="together"]')).toContainText('You open it together');
  await checkScreen(alexPage, 'm10-waiting-together');

  // Sam shares (from another device): both finished, and nothing opens.
  await saveAndSubmit(request, sam, relationshipId, perspective('sam-words'));
  for (const page of [alexPage, samPage]) await expect(page.getByRole('button', { name: 'Open it now' })).toBeVisible();
  await expectSealed(alexPage, ['sam-words'], 'Alex, both finished');
  await expectSealed(samPage, ['alex-words', ALEX_PRIVATE], 'Sam, both finished');
  await checkScreen(samPage, 'm11-together-ready');

  // Alex says open it now: Sam sees that Alex is ready, and still nothing of the answers.
  await alexPage.getByRole('button', { name: 'Open it now' }).click();
  await expect(alexPage.getByText('You’re ready. It opens for you both as soon as Sam says “open it now” too.')).toBeVisible();
  await expect(samPage.getByRole('status').filter({ hasText: 'Alex is ready to open it.' })).toBeVisible();
  await expectSealed(alexPage, ['sam-words'], 'Alex confirmed, Sam not yet');
  await expectSealed(samPage, ['alex-words', ALEX_PRIVATE], 'Alex confirmed, Sam not yet');
  await checkScreen(samPage, 'm12-together-partner-ready');
  await checkScreen(alexPage, 'm13-together-confirmed');

  // Sam says it too: it opens for both at the same moment.
  await samPage.getByRole('button', { name: 'Open it now' }).click();
  const revealed = { level: 1, name: 'Two perspectives, side by side' } as const;
  await Promise.all([expect(alexPage.getByRole('heading', revealed)).toBeVisible(), expect(samPage.getByRole('heading', revealed)).toBeVisible()]);
  await expect(alexPage.getByText('sam-words-depth')).toBeVisible();
  await expect(samPage.getByText('alex-words-initiation')).toBeVisible();

  // Alex's private note: marked for Alex, simply absent for Sam, in the page and in every hub message.
  await expect(alexPage.getByRole('region', { name: 'Depth' }).getByText('Only you see this')).toBeVisible();
  await expectSealed(samPage, [ALEX_PRIVATE], 'Sam after the reveal');
  expect(samFrames.join('\n')).not.toContain(ALEX_PRIVATE);
  await expect(samPage.getByText('Only you see this')).toHaveCount(0);
  await checkScreen(alexPage, 'm14-reveal-private-marked');
  await Promise.all([alexContext.close(), samContext.close()]);
});
