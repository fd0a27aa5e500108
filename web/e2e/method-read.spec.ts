import type { Page } from '@playwright/test';
import { checkScreen, createPerson, expect, expectSealed, shareMyView, signIn, startAudit, test } from './fixtures';

const ALEX_PRIVATE_PICTURE = 'alex-only-picture-9Kd';
const ALEX_UPKEEP = 'I need us to share the planning alex-upkeep-3Rw';
const SAM_UPKEEP = 'We plan the visits in turns sam-upkeep-7Lp';

interface Dimension {
  score: number;
  leans: 'I mostly give' | 'I mostly receive' | 'It flows both ways';
  note?: string;
  picture?: { kind: 'A mutual pattern to build' | 'A boundary I need'; text: string; onlyForMe?: boolean };
}

/** Rates every step through the screens: four dimensions (each picture where it is given), the overall, the season. */
async function rate(page: Page, dimensions: Dimension[], overall: number, season: string) {
  const titles = ['reaching out', 'depth', 'in a crisis', 'upkeep'];
  for (const [i, d] of dimensions.entries()) {
    await expect(page.getByText(`Step ${i + 1} of 7`)).toBeVisible();
    await page.getByRole('group', { name: /how mutual does it feel/ }).getByRole('radio', { name: new RegExp(`^${d.score}\\b`) }).check();
    await page.getByRole('radio', { name: d.leans, exact: true }).check();
    if (d.note) await page.getByRole('textbox', { name: 'A note (optional)' }).fill(d.note);
    if (d.picture) {
      const group = page.getByRole('group', { name: `A picture for ${titles[i]} (optional)` });
      await group.getByRole('radio', { name: d.picture.kind }).check();
      await group.getByRole('textbox').fill(d.picture.text);
      if (d.picture.onlyForMe) await group.getByRole('checkbox', { name: /Only for me/ }).check();
    }
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await page.getByRole('group', { name: 'Overall: how mutual does it feel?' }).getByRole('radio', { name: new RegExp(`^${overall}\\b`) }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: season, exact: true }).check();
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await shareMyView(page);
}

test('leanings in one frame, a season acknowledged, every shared picture per dimension, and a reading that keeps the person’s words', async ({
  browser,
  baseURL,
  request,
}) => {
  const alex = await createPerson(request, 'Alex');
  const sam = await createPerson(request, 'Sam');
  const relationshipId = await startAudit(request, alex, sam, 'together');
  const viewport = { width: 360, height: 800 };
  const alexContext = await browser.newContext({ baseURL, viewport });
  const samContext = await browser.newContext({ baseURL, viewport });
  const alexPage = await alexContext.newPage();
  const samPage = await samContext.newPage();
  await signIn(alexPage, alex, `/r/${relationshipId}`);
  await signIn(samPage, sam, `/r/${relationshipId}`);

  // A shared note that reads as an accusation gets the gentle hint, and saving goes on.
  await alexPage.getByRole('textbox', { name: 'A note (optional)' }).fill('You never ask how my day was.');
  await expect(alexPage.getByText(/This reads a little like an accusation \(“you never”\)/)).toBeVisible();
  await checkScreen(alexPage, 'mr01-note-gentle-hint');

  await rate(
    alexPage,
    [
      { score: 2, leans: 'I mostly give', note: 'I usually write first', picture: { kind: 'A mutual pattern to build', text: ALEX_PRIVATE_PICTURE, onlyForMe: true } },
      { score: 4, leans: 'It flows both ways' },
      { score: 5, leans: 'It flows both ways' },
      { score: 1, leans: 'I mostly give', picture: { kind: 'A boundary I need', text: ALEX_UPKEEP } },
    ],
    3,
    'No particular season',
  );
  await rate(
    samPage,
    [
      { score: 4, leans: 'I mostly receive' },
      { score: 4, leans: 'It flows both ways' },
      { score: 2, leans: 'It flows both ways' },
      { score: 2, leans: 'I mostly receive', picture: { kind: 'A mutual pattern to build', text: SAM_UPKEEP } },
    ],
    4,
    'Illness',
  );

  for (const page of [alexPage, samPage]) await page.getByRole('button', { name: 'Open it now' }).click();
  const revealed = { level: 1, name: 'Two perspectives, side by side' } as const;
  await Promise.all([expect(alexPage.getByRole('heading', revealed)).toBeVisible(), expect(samPage.getByRole('heading', revealed)).toBeVisible()]);

  // Every picture each chose to share, under its dimension; Alex's own private one marked for Alex, absent for Sam.
  const alexPictures = alexPage.getByRole('region', { name: 'The pictures and seasons' });
  await expect(alexPictures).toContainText(`Upkeep: A boundary I need${ALEX_UPKEEP}`);
  await expect(alexPictures).toContainText(`Reaching out: A mutual pattern to build${ALEX_PRIVATE_PICTURE}`);
  await expect(alexPictures).toContainText(`Upkeep: A mutual pattern to build${SAM_UPKEEP}`);
  await expect(alexPictures).not.toContainText('No picture written');
  const samPictures = samPage.getByRole('region', { name: 'The pictures and seasons' });
  await expect(samPictures).toContainText(`Upkeep: A boundary they need${ALEX_UPKEEP}`);
  await expect(samPictures).toContainText(`Upkeep: A mutual pattern to build${SAM_UPKEEP}`);
  await expectSealed(samPage, [ALEX_PRIVATE_PICTURE], 'Sam after the reveal');

  // One frame: Alex said "I mostly give", Sam "I mostly receive": both notice Alex gives more, each in their own words.
  await expect(alexPage.getByRole('region', { name: 'Reaching out' })).toContainText('You and Sam both notice you give more of this at the moment.');
  await expect(samPage.getByRole('region', { name: 'Reaching out' })).toContainText('You and Alex both notice Alex gives more of this at the moment.');
  await expect(samPage.getByRole('region', { name: 'Reaching out' })).toContainText('Alex feels they give more here');
  // A gap with leanings that agree is headed as what it is.
  const crisis = alexPage.getByRole('region', { name: 'In a crisis' });
  await expect(crisis).toContainText('Different experiences of how mutual it feels: worth talking about');
  await expect(crisis).toContainText('You and Sam both feel this one flows both ways.');

  // Sam marked a season of illness: it is named, never asked about.
  await expect(alexPage.getByRole('region', { name: 'Where to start' })).toContainText(
    'You and Sam both notice you give most of the upkeep, while Sam is in a season of illness.',
  );
  await expect(samPage.getByRole('region', { name: 'Where to start' })).toContainText(
    'You and Alex both notice Alex gives most of the upkeep, while you are in a season of illness.',
  );
  for (const page of [alexPage, samPage]) await expect(page.locator('main')).not.toContainText('Is that a season');
  await checkScreen(alexPage, 'mr02-reveal-alex');
  await checkScreen(samPage, 'mr03-reveal-sam');

  // Sam's reading keeps "I mostly receive" at 4, and names the parts at 2 with their pictures.
  await samPage.goto('/reading');
  await expect(samPage.getByRole('heading', { level: 1, name: 'Your relationships, read together' })).toBeVisible();
  const across = samPage.getByRole('region', { name: 'Across your relationships' });
  await expect(across.getByRole('listitem').filter({ hasText: 'With Alex: reaching out and upkeep' })).toBeVisible();
  const samLow = samPage.getByRole('region', { name: 'Where it feels one-directional' });
  await expect(samLow.getByRole('heading', { name: 'Alex' })).toBeVisible();
  await expect(samLow.getByRole('listitem').filter({ hasText: 'Upkeep: Mostly one-directional (2 on the 1–5 scale)' })).toContainText(SAM_UPKEEP);
  await expect(samLow.getByRole('listitem').filter({ hasText: 'In a crisis: Mostly one-directional (2 on the 1–5 scale)' })).toContainText('No picture written yet.');
  // The timeline tells a season from a pattern: this low upkeep came during Sam's illness.
  await expect(samLow.getByRole('listitem').filter({ hasText: 'Upkeep' })).toContainText(
    'During a season: Upkeep was rated 1–2 by at least one of you in check-in 1, during a season (you: illness); each time Alex was seen as giving more.',
  );
  await checkScreen(samPage, 'mr04-reading-sam');

  // Alex's overall is 3, and upkeep at 1 is still named, with the boundary; the private picture stays Alex's.
  await alexPage.goto('/reading');
  const alexLow = alexPage.getByRole('region', { name: 'Where it feels one-directional' });
  await expect(alexLow.getByRole('listitem').filter({ hasText: 'Upkeep: Heavily one-directional (1 on the 1–5 scale)' })).toContainText(ALEX_UPKEEP);
  await expect(alexLow.getByRole('listitem').filter({ hasText: 'Reaching out' })).toContainText('Only you see this');
  await expect(alexPage.locator('main')).not.toContainText('None of your relationships');
  await checkScreen(alexPage, 'mr05-reading-alex');
  await Promise.all([alexContext.close(), samContext.close()]);
});
