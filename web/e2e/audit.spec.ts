import type { Page } from '@playwright/test';
import { checkScreen, expect, expectOnlyStatusesInFrames, expectSealed, test, shareMyView } from './fixtures';

// Unique note texts, so any leak before the reveal is unmistakable.
const ALEX = {
  initiation: 'alex-note-reaching-7Kq',
  depth: 'alex-note-depth-3Vb',
  crisisResponse: 'alex-note-crisis-9Lm',
  maintenance: 'alex-note-upkeep-2Xs',
  picture: 'We take turns planning our Sunday walks alex-pic-5Tn',
};
const SAM = {
  initiation: 'sam-secret-reaching-4Hw',
  depth: 'sam-secret-depth-8Pj',
  crisisResponse: 'sam-secret-crisis-1Zc',
  maintenance: 'sam-secret-upkeep-6Rd',
  picture: 'I need one evening a week to myself sam-pic-0Qa',
};
const secrets = (o: Record<string, string>) => Object.values(o);

type Answers = { scores: [number, number, number, number]; leans: string[]; notes: typeof ALEX; overall: number };

async function rateStep(page: Page, score: number, leans: string, note: string) {
  await page.getByRole('group', { name: /how mutual does it feel/ }).getByRole('radio', { name: new RegExp(`^${score}\\b`) }).check();
  await page.getByRole('radio', { name: leans, exact: true }).check();
  await page.getByRole('textbox', { name: 'A note (optional)' }).fill(note);
}

/** Goes through the four dimensions; screenshots the first. Stops on the overall step. */
async function rateDimensions(page: Page, a: Answers, shoot = false) {
  const keys = ['initiation', 'depth', 'crisisResponse', 'maintenance'] as const;
  for (let i = 0; i < 4; i++) {
    await expect(page.getByText(`Step ${i + 1} of 7`)).toBeVisible();
    await rateStep(page, a.scores[i], a.leans[i], a.notes[keys[i]]);
    if (shoot && i === 0) {
      await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
      await checkScreen(page, '06-rating-dimension');
    }
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Overall', level: 2 })).toBeVisible();
}

test('two people run a whole audit in two browsers and see the reveal at the same moment', async ({ browser, baseURL }) => {
  const alexContext = await browser.newContext({ baseURL });
  const samContext = await browser.newContext({ baseURL });
  const alex = await alexContext.newPage();
  const sam = await samContext.newPage();

  // Every hub message Alex's browser receives before the reveal is kept, to check it for Sam's words.
  const alexFrames: string[] = [];
  let revealedForAlex = false;
  alex.on('websocket', (ws) =>
    ws.on('framereceived', (f) => {
      const text = typeof f.payload === 'string' ? f.payload : f.payload.toString('utf8');
      if (!revealedForAlex) alexFrames.push(text);
    }),
  );

  // Welcome: a name, then the personal link with copy and QR.
  await alex.goto('/');
  await expect(alex.getByRole('heading', { level: 1, name: 'Two sides of one relationship' })).toBeVisible();
  await checkScreen(alex, '01-welcome');
  await alex.getByRole('button', { name: 'Begin' }).click();
  await expect(alex.getByText('Please write a name.')).toBeVisible(); // kind validation next to the field
  await alex.getByLabel('What should the other person see as your name?').fill('Alex');
  await alex.getByRole('button', { name: 'Begin' }).click();
  await expect(alex.getByRole('heading', { level: 1, name: 'Welcome, Alex' })).toBeVisible();
  const personalLink = await alex.getByRole('textbox', { name: 'Personal link' }).inputValue();
  expect(personalLink).toMatch(/\/#key=.+/);
  await expect(alex.getByRole('img', { name: 'QR code of your personal link' })).toBeVisible();
  await checkScreen(alex, '02-welcome-personal-link');
  await alex.getByRole('button', { name: /Continue/ }).click();

  // Home, empty; then one relationship on its own, and its invite.
  await expect(alex.getByRole('heading', { level: 1, name: 'Hello, Alex' })).toBeVisible();
  await checkScreen(alex, '03-home-empty');
  await alex.getByRole('link', { name: 'Or look at one relationship on its own' }).click();
  await expect(alex.getByRole('heading', { level: 1, name: 'A new relationship to reflect on' })).toBeVisible();
  await checkScreen(alex, '04-new-relationship');
  await alex.getByRole('radio', { name: 'Partner' }).check();
  await alex.getByRole('textbox', { name: 'Their name' }).fill('Sam');
  await alex.getByRole('textbox', { name: /A label/ }).fill('Us, this spring');
  await alex.getByRole('radio', { name: /^Invite Sam/ }).check();
  await expect(alex.getByRole('radio', { name: /^As soon as we’ve both finished/ })).toBeChecked();
  await alex.getByRole('button', { name: 'Create the invite' }).click();
  await expect(alex.getByRole('heading', { level: 1, name: 'Your invite for Sam is ready' })).toBeVisible();
  const inviteUrl = await alex.getByRole('textbox', { name: 'Invite link' }).inputValue();
  expect(inviteUrl).toMatch(/\/join\/.+/);
  await expect(alex.getByRole('img', { name: /QR code of the invite link/ })).toBeVisible();
  await checkScreen(alex, '05-new-relationship-invite');

  // Sam opens the invite in another browser and joins under a name.
  await sam.goto(inviteUrl);
  await expect(sam.getByRole('heading', { level: 1, name: 'Alex invites you to reflect on your relationship as partners together' })).toBeVisible();
  await checkScreen(sam, '10-join');
  await sam.getByLabel('What should they see as your name?').fill('Sam');
  await sam.getByRole('button', { name: 'Join' }).click();
  await expect(sam.getByRole('heading', { level: 1, name: 'You’ve joined Alex' })).toBeVisible();
  await checkScreen(sam, '11-join-personal-link');
  await sam.getByRole('link', { name: 'Start my view' }).click();
  await expect(sam.getByRole('heading', { level: 1, name: 'Your view' })).toBeVisible();

  // Alex rates, one dimension at a time; every change is saved as a draft.
  await alex.getByRole('link', { name: 'Start my view' }).click();
  await expect(alex.getByRole('heading', { level: 1, name: 'Your view' })).toBeVisible();
  await expect(alex.getByText('Sam can start whenever they’re ready.')).toBeVisible();
  await rateDimensions(alex, { scores: [4, 2, 5, 3], leans: ['I mostly give', 'I mostly receive', 'It flows both ways', 'I mostly give'], notes: ALEX, overall: 2 }, true);

  // Sam starts too; Alex sees only that Sam is working on it, live.
  await rateStep(sam, 2, 'I mostly give', SAM.initiation);
  await expect(sam.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(alex.getByText('Sam is working on theirs.')).toBeVisible();
  await expectSealed(alex, secrets(SAM), 'Alex rating while Sam drafts');

  // Overall 2 needs a picture; an accusation gets a gentle hint.
  await alex.getByRole('group', { name: 'Overall: how mutual does it feel?' }).getByRole('radio', { name: /^2\b/ }).check();
  await expect(alex.getByText('A picture to work toward (needed for an overall 1 or 2)')).toBeVisible();
  await alex.getByRole('textbox', { name: 'What it would look like' }).fill('You never plan anything');
  await expect(alex.getByText(/This reads a little like an accusation \(“you never”\)/)).toBeVisible();
  await checkScreen(alex, '07-rating-overall-hint');
  await alex.getByRole('textbox', { name: 'What it would look like' }).fill(ALEX.picture);
  await expect(alex.getByText(/This reads a little like an accusation/)).toHaveCount(0);
  await alex.getByRole('button', { name: 'Next' }).click();

  // Season, then review.
  await expect(alex.getByRole('heading', { name: 'A particular season?' })).toBeVisible();
  await alex.getByRole('radio', { name: 'Grief' }).check();
  await alex.getByRole('textbox', { name: /A note about this season/ }).fill('Since my father died in March');
  await checkScreen(alex, '08-rating-season');
  await alex.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(alex.getByRole('heading', { name: 'Review and share' })).toBeVisible();
  await expect(alex.getByText(`“${ALEX.depth}”`)).toBeVisible();
  await expect(alex.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await checkScreen(alex, '09-rating-review');

  // A refresh restores where Alex was: the step and every word.
  await alex.reload();
  await expect(alex.getByRole('heading', { name: 'Review and share' })).toBeVisible();
  await expect(alex.getByText(`“${ALEX.maintenance}”`)).toBeVisible();
  await expectSealed(alex, secrets(SAM), 'Alex after a refresh');

  await shareMyView(alex);

  // Waiting: Sam's status only.
  await expect(alex.getByRole('heading', { level: 1, name: 'Thank you. Your view is sealed.' })).toBeVisible();
  await expect(alex.getByText('Sam is working on theirs.')).toBeVisible();
  await expectSealed(alex, secrets(SAM), 'Alex waiting');
  await checkScreen(alex, '12-waiting');
  await expectSealed(sam, secrets(ALEX), 'Sam rating after Alex shared');

  // Sam types a note and refreshes at once: not a keystroke is lost.
  await sam.getByRole('button', { name: 'Next' }).click();
  await sam.getByRole('group', { name: /how mutual does it feel/ }).getByRole('radio', { name: /^3\b/ }).check();
  await sam.getByRole('textbox', { name: 'A note (optional)' }).fill(SAM.depth);
  await sam.reload();
  await expect(sam.getByRole('textbox', { name: 'A note (optional)' })).toHaveValue(SAM.depth);
  await expect(sam.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await sam.getByRole('radio', { name: 'I mostly receive' }).check();
  await sam.getByRole('button', { name: 'Next' }).click();
  await rateStep(sam, 2, 'I mostly give', SAM.crisisResponse);
  await sam.getByRole('button', { name: 'Next' }).click();
  await rateStep(sam, 4, 'It flows both ways', SAM.maintenance);
  await sam.getByRole('button', { name: 'Next' }).click();
  await sam.getByRole('group', { name: 'Overall: how mutual does it feel?' }).getByRole('radio', { name: /^3\b/ }).check();
  await sam.getByRole('radio', { name: 'A boundary I need' }).check();
  await sam.getByRole('textbox', { name: 'The boundary I need' }).fill(SAM.picture);
  await sam.getByRole('button', { name: 'Next' }).click();
  await sam.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(sam.getByRole('heading', { name: 'Review and share' })).toBeVisible();
  await expect(sam.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(alex.getByText('Sam is working on theirs.')).toBeVisible();
  await expectSealed(alex, secrets(SAM), 'Alex waiting while Sam reviews');
  expectOnlyStatusesInFrames(alexFrames, secrets(SAM), 'Alex before the reveal');

  // Sam shares: the reveal appears on both screens, without a reload.
  await shareMyView(sam);
  const revealHeading = { level: 1, name: 'Two perspectives, side by side' } as const;
  await Promise.all([
    expect(alex.getByRole('heading', revealHeading)).toBeVisible(),
    expect(sam.getByRole('heading', revealHeading)).toBeVisible(),
  ]);
  revealedForAlex = true;
  for (const s of secrets(SAM)) await expect(alex.getByText(s).first()).toBeVisible();
  for (const s of secrets(ALEX)) await expect(sam.getByText(s).first()).toBeVisible();
  await expect(alex.getByText('Different experiences: worth talking about').first()).toBeVisible();
  await expect(alex.getByText(/A question to start with/).first()).toBeVisible();
  await expect(alex.getByRole('note').filter({ hasText: 'also the person who gave it' })).toBeVisible();
  for (const page of [alex, sam]) {
    const text = (await page.locator('main').innerText()).toLowerCase();
    for (const word of ['winner', 'fault', 'total score', 'you win', 'who is right']) expect(text).not.toContain(word);
  }
  await checkScreen(alex, '13-reveal-alex');
  await checkScreen(sam, '14-reveal-sam');

  // Home shows where each audit stands.
  await alex.getByRole('link', { name: 'Home', exact: true }).click();
  await expect(alex.getByText('Ready to talk')).toBeVisible();
  await checkScreen(alex, '15-home-list');

  // The personal link opens the same identity in a fresh browser, and leaves the address bar clean.
  const elsewhere = await browser.newContext({ baseURL });
  const phone = await elsewhere.newPage();
  await phone.goto(personalLink);
  await expect(phone.getByRole('heading', { level: 1, name: 'Hello, Alex' })).toBeVisible();
  expect(phone.url()).not.toContain('#key=');
  await phone.getByRole('link', { name: 'My link' }).click();
  await expect(phone.getByRole('heading', { level: 1, name: 'Your personal link' })).toBeVisible();
  await checkScreen(phone, '16-personal-link');

  await Promise.all([alexContext.close(), samContext.close(), elsewhere.close()]);
});
