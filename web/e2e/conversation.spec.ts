import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkScreen, createPerson, expect, perspective, saveAndSubmit, signIn, startAudit, test } from './fixtures';

const screenshotDir = resolve(dirname(fileURLToPath(import.meta.url)), '../test-results/screenshots');

test('the reveal as a conversation: pictures and seasons first, thanks, one small thing, and a reveal that stays until its person moves on', async ({
  browser,
  baseURL,
  request,
}) => {
  const alex = await createPerson(request, 'Alex');
  const sam = await createPerson(request, 'Sam');
  const relationshipId = await startAudit(request, alex, sam);
  // Both see Sam giving most of the upkeep (each rater's `me` means themselves), and depth three steps apart.
  const alexAnswers = perspective('alex-words');
  alexAnswers.dimensions.maintenance = { score: 2, leans: 'them', note: 'alex-upkeep' };
  alexAnswers.dimensions.depth = { score: 5, leans: 'neither', note: 'alex-depth' };
  const samAnswers = perspective('sam-words');
  samAnswers.dimensions.maintenance = { score: 1, leans: 'me', note: 'sam-upkeep' };
  samAnswers.dimensions.depth = { score: 2, leans: 'neither', note: 'sam-depth' };
  samAnswers.season = { kind: 'grief', note: 'since March' };
  await saveAndSubmit(request, alex, relationshipId, alexAnswers);
  await saveAndSubmit(request, sam, relationshipId, samAnswers);

  const alexContext = await browser.newContext({ baseURL, viewport: { width: 360, height: 800 } });
  const samContext = await browser.newContext({ baseURL, viewport: { width: 360, height: 800 } });
  const alexPage = await alexContext.newPage();
  const samPage = await samContext.newPage();
  await signIn(alexPage, alex, `/r/${relationshipId}`);
  await signIn(samPage, sam, `/r/${relationshipId}`);
  const revealHeading = { level: 1, name: 'Two perspectives, side by side' } as const;
  for (const page of [alexPage, samPage]) {
    await expect(page.getByRole('heading', revealHeading)).toBeVisible();
    await expect(page.locator('[data-connection="connected"]')).toBeVisible();
  }

  // At 360 px the pictures, the season and the starting points come within the first screen and a half.
  await expect(alexPage.getByText('Sam is in a season of grief: since March.')).toBeVisible();
  const start = alexPage.getByRole('region', { name: 'Where to start' });
  // Sam marked a season of grief: the opener names it rather than asking whether it is one (issue 20).
  await expect(start).toContainText('You and Sam both notice Sam gives most of the upkeep, while Sam is in a season of grief.');
  await expect(start).not.toContainText('Is that a season');
  await expect(start).toContainText('try listening first');
  await expect(start).toContainText('a counsellor can help');
  const box = await start.boundingBox();
  expect(box!.y, 'where to start begins within a screen and a half').toBeLessThan(1200);
  const text = await alexPage.locator('main').innerText();
  expect(text).not.toMatch(/of 5|carry more|audit/i);
  expect(text).toContain('Sam: Heavily one-directional (1 on the 1–5 scale)');
  await alexPage.screenshot({ path: resolve(screenshotDir, 'c00-reveal-top-360.png'), animations: 'disabled' });
  await checkScreen(alexPage, 'c01-reveal-alex');

  // A word of thanks reaches the other, live.
  await alexPage.getByRole('textbox', { name: 'A short thank-you to Sam for something they wrote' }).fill('Thank you for the Sunday calls');
  await alexPage.getByRole('button', { name: 'Save my thanks' }).click();
  await expect(samPage.getByText('Alex thanked you:')).toContainText('Thank you for the Sunday calls');

  // One small thing each, live to both.
  await samPage.getByRole('textbox', { name: 'After talking, one small thing I’ll try' }).fill('Ask how the week went');
  await samPage.getByRole('button', { name: 'Save my small thing' }).click();
  await alexPage.getByRole('textbox', { name: 'After talking, one small thing I’ll try' }).fill('Plan the next visit myself');
  await alexPage.getByRole('button', { name: 'Save my small thing' }).click();
  await expect(alexPage.getByText('Sam: Ask how the week went')).toBeVisible();
  await expect(samPage.getByText('Alex: Plan the next visit myself')).toBeVisible();
  await checkScreen(samPage, 'c02-reveal-traces-sam');

  // The print preview: no navigation and no buttons.
  await alexPage.setViewportSize({ width: 794, height: 1123 });
  await alexPage.emulateMedia({ media: 'print' });
  await expect(alexPage.locator('.site-header')).toBeHidden();
  await expect(alexPage.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(alexPage.getByRole('heading', revealHeading)).toBeVisible();
  await alexPage.screenshot({ path: resolve(screenshotDir, 'c03-reveal-print.png'), fullPage: true, animations: 'disabled' });
  await alexPage.emulateMedia({ media: 'screen' });
  await alexPage.setViewportSize({ width: 360, height: 800 });

  // A next check-in, agreed: Alex suggests one, Sam agrees, both see it live.
  const alexPanel = alexPage.getByRole('region', { name: 'When to check in again' });
  await alexPanel.getByRole('radio', { name: /^In four weeks/ }).check();
  await alexPanel.getByRole('button', { name: 'Suggest this date' }).click();
  const samPanel = samPage.getByRole('region', { name: 'When to check in again' });
  await expect(samPanel.getByText(/^Alex suggests checking in again on /)).toBeVisible();
  await samPanel.getByRole('button', { name: 'Agree to this date' }).click();
  await expect(alexPanel.getByText(/^Your next check-in, agreed by you both: /)).toBeVisible();

  // Alex starts the next check-in; Sam's reveal stays on Sam's screen until Sam moves on.
  await alexPage.getByRole('button', { name: 'Start the second check-in' }).click();
  await expect(alexPage.getByRole('heading', { level: 1, name: 'Your view, second check-in' })).toBeVisible();
  const lastTime = alexPage.getByRole('region', { name: 'Last time you each said you’d try' });
  await expect(lastTime).toContainText('You: Plan the next visit myself');
  await expect(lastTime).toContainText('Sam: Ask how the week went');
  await expect(samPage.getByRole('heading', { level: 2, name: 'A new check-in has started, when you’re ready' })).toBeVisible();
  await expect(samPage.getByRole('heading', revealHeading)).toBeVisible();
  await expect(samPage.getByText('Alex thanked you:')).toBeVisible();
  await checkScreen(samPage, 'c04-reveal-kept-sam');
  await samPage.getByRole('button', { name: 'Go to the new check-in' }).click();
  await expect(samPage.getByRole('heading', { level: 1, name: 'Your view, second check-in' })).toBeVisible();
  await expect(samPage.getByRole('region', { name: 'Last time you each said you’d try' })).toContainText('You: Ask how the week went');
  await checkScreen(samPage, 'c05-next-check-in-sam');

  await Promise.all([alexContext.close(), samContext.close()]);
});
