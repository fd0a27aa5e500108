import type { Page } from '@playwright/test';
import { routeHub, type RoutedHub } from './hub';
import {
  checkScreen,
  createPerson,
  expect,
  expectSealed,
  rateThroughScreens,
  recordHubFrames,
  signIn,
  startAudit,
  test,
  type Person,
} from './fixtures';

// A wrong turn fails within half a minute, not at the test's timeout.
test.use({ actionTimeout: 30_000 });

const auth = (p: Person) => ({ Authorization: `Bearer ${p.accessKey}` });

/** The neutral page, answered here so that no test needs the internet. */
async function fakeNeutralPage(page: Page): Promise<void> {
  await page.route(/^https?:\/\/(www\.)?weather\.com\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>Weather</title><h1>Weather today</h1>' }),
  );
}

/** Everything this app keeps in the page's browser storage. */
const appStorage = (page: Page) =>
  page.evaluate(() =>
    [...Object.entries({ ...localStorage }), ...Object.entries({ ...sessionStorage })].filter(([k]) => k.startsWith('reciprocity.')),
  );

/** Hub events (not pings or answers) a page received. */
const events = (frames: string[]) =>
  frames
    .flatMap((f) => f.split('\u001e'))
    .filter((r) => r.trim() !== '')
    .map((r) => JSON.parse(r) as { type?: number; target?: string })
    .filter((r) => r.type === 1);

const ALEX = {
  scores: [2, 4, 1, 3] as [number, number, number, number],
  leans: ['I mostly give', 'It flows both ways', 'I mostly receive', 'I mostly give'] as [string, string, string, string],
  notes: ['alex-unsafe-reaching-4Qz', 'alex-unsafe-depth-7Wm', 'alex-unsafe-crisis-2Kp', 'alex-unsafe-upkeep-9Jd'] as [string, string, string, string],
  overall: 4,
};

test('the safety check answered “no”: the answers stay private, help is shown, and Sam sees nothing new', async ({ browser, baseURL, request }) => {
  const alex = await createPerson(request, 'Alex');
  const sam = await createPerson(request, 'Sam');
  const relationshipId = await startAudit(request, alex, sam);

  const samContext = await browser.newContext({ baseURL });
  const alexContext = await browser.newContext({ baseURL });
  const samPage = await samContext.newPage();
  const page = await alexContext.newPage();
  const samFrames = recordHubFrames(samPage);
  await signIn(samPage, sam, `/r/${relationshipId}`);
  await expect(samPage.locator('[data-connection="connected"]')).toBeVisible();

  await signIn(page, alex, `/r/${relationshipId}`);
  await rateThroughScreens(page, ALEX);
  await expect(samPage.getByText('Alex is working on theirs.')).toBeVisible();

  // What Sam can observe, before Alex answers the question.
  const samView = async () => (await request.get(`/api/relationships/${relationshipId}`, { headers: auth(sam) })).json();
  const samMe = async () => (await request.get('/api/me', { headers: auth(sam) })).json();
  const [viewBefore, meBefore] = [await samView(), await samMe()];
  const eventsBefore = events(samFrames).length;

  await page.getByRole('button', { name: 'Share my view' }).click();
  const question = page.getByRole('heading', { level: 2, name: 'Do you feel safe sharing this with Sam?' });
  await expect(question).toBeFocused();
  await checkScreen(page, 'k01-safety-check');
  await page.getByRole('button', { name: 'No, keep it private' }).click();

  // Help, and the answers as a private reflection of Alex's alone.
  await expect(page.getByRole('heading', { level: 1, name: 'Your answers stay with you' })).toBeVisible();
  await expect(page).toHaveURL(/\/help\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 2, name: 'If you are in danger, or need someone to talk to' })).toBeVisible();
  await expect(page.locator('.help-list li').first()).toBeVisible();
  const reflection = page.getByRole('region', { name: 'Your private reflection' });
  await expect(reflection.getByText(`“${ALEX.notes[1]}”`)).toBeVisible();
  await expect(page.getByText('Nothing was shared with Sam')).toBeVisible();
  await checkScreen(page, 'k02-kept-private-help');

  // The reflection is Alex's, finished, and opens as a solo result.
  await reflection.getByRole('link', { name: /private reflection/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Your reflection/ })).toBeVisible();
  await expect(page.getByText(`“${ALEX.notes[2]}”`)).toBeVisible();

  // Nothing changed for Sam: the same view and summary, no event, no status, no word of Alex's.
  expect(await samView()).toEqual(viewBefore);
  expect(await samMe()).toEqual(meBefore);
  await samPage.reload();
  await expect(samPage.getByRole('heading', { level: 1, name: 'Your view' })).toBeVisible();
  await expect(samPage.getByText('Alex is working on theirs.')).toBeVisible();
  await expectSealed(samPage, ALEX.notes, 'Sam after Alex kept it private');
  expect(events(samFrames).slice(eventsBefore), 'hub events Sam received after the “no”').toEqual([]);
  expect(samFrames.join('\n')).not.toMatch(/alex-unsafe/);

  // The shared relationship holds none of it any more, for Alex either.
  const alexShared = await (await request.get(`/api/relationships/${relationshipId}`, { headers: auth(alex) })).text();
  expect(alexShared).not.toMatch(/alex-unsafe/);
  await Promise.all([samContext.close(), alexContext.close()]);
});

test('quick exit, from a button or three presses of Escape, leaves for a neutral page and clears the app’s state', async ({ browser, baseURL, request }) => {
  const alex = await createPerson(request, 'Alex');
  const sam = await createPerson(request, 'Sam');
  const relationshipId = await startAudit(request, alex, sam);
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await fakeNeutralPage(page);

  await signIn(page, alex, `/r/${relationshipId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Your view' })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click(); // the step is remembered in this tab
  expect((await appStorage(page)).length).toBeGreaterThanOrEqual(2);

  // The button: reachable with the keyboard, at the top of every screen.
  const exit = page.getByRole('button', { name: 'Quick exit' });
  await expect(exit).toBeVisible();
  await exit.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/weather\.com/);
  await expect(page.getByRole('heading', { name: 'Weather today' })).toBeVisible();

  // Back on the app's origin: it no longer knows Alex.
  await page.goto('/');
  expect(await appStorage(page)).toEqual([]);
  await expect(page.getByRole('heading', { level: 1, name: 'Two sides of one relationship' })).toBeVisible();

  // Escape three times does the same, from the help page too.
  await signIn(page, alex, '/help');
  await expect(page.getByRole('heading', { level: 1, name: 'Help and safety' })).toBeVisible();
  await checkScreen(page, 'k04-help');
  expect(await appStorage(page)).not.toEqual([]);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/weather\.com/);
  await page.goto('/');
  expect(await appStorage(page)).toEqual([]);
  await context.close();
});

/** Makes draft saves fail as if offline, so the words stay only in this browser. */
// No network for the draft: the hub (where the app saves while connected) is cut, and so is the HTTP save it falls back to.
async function offlineDrafts(page: Page, hub: RoutedHub, relationshipId: string): Promise<void> {
  await hub.cut();
  await page.route(`**/api/relationships/${relationshipId}/draft`, (route) => route.abort('internetdisconnected'));
}

test('sign out of this device removes the key and every local copy', async ({ browser, baseURL, request }) => {
  const alex = await createPerson(request, 'Alex');
  const sam = await createPerson(request, 'Sam');
  const relationshipId = await startAudit(request, alex, sam);
  const context = await browser.newContext({ baseURL });
  const hub = await routeHub(context);
  const page = await context.newPage();
  await signIn(page, alex, `/r/${relationshipId}`);
  await offlineDrafts(page, hub, relationshipId);
  await page.getByRole('textbox', { name: 'A note (optional)' }).fill('alex-unsent-signout-6Tr');
  await expect(page.getByRole('status').filter({ hasText: 'kept on this device' })).toBeVisible();
  expect(JSON.stringify(await appStorage(page))).toContain('alex-unsent-signout-6Tr');

  await page.getByRole('link', { name: 'Your data', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
  await checkScreen(page, 'k05-your-data');
  await page.getByRole('button', { name: 'Sign out of this device' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'You’re signed out of this device' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Two sides of one relationship' })).toBeVisible();
  expect(await appStorage(page)).toEqual([]);
  await expectSealed(page, ['alex-unsent-signout-6Tr'], 'after signing out');
  await checkScreen(page, 'k06-signed-out');

  // The personal link still works.
  await signIn(page, alex, `/r/${relationshipId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Your view' })).toBeVisible();
  await context.close();
});

test('two people on one browser never see each other’s unsent words, nor save them as their own', async ({ browser, baseURL, request }) => {
  const alex = await createPerson(request, 'Alex');
  const sam = await createPerson(request, 'Sam');
  const relationshipId = await startAudit(request, alex, sam);
  const context = await browser.newContext({ baseURL });
  const hub = await routeHub(context);
  const page = await context.newPage();
  const note = page.getByRole('textbox', { name: 'A note (optional)' });

  // Alex writes with no connection: the words are only in this browser.
  await signIn(page, alex, `/r/${relationshipId}`);
  await offlineDrafts(page, hub, relationshipId);
  await note.fill('alex-unsent-shared-browser-1Hb');
  await expect(page.getByRole('status').filter({ hasText: 'kept on this device' })).toBeVisible();

  // Sam opens their personal link in the same browser: an empty form, nothing of Alex's kept anywhere.
  await page.unroute(`**/api/relationships/${relationshipId}/draft`);
  hub.restore();
  await signIn(page, sam, `/r/${relationshipId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Your view' })).toBeVisible();
  await expect(note).toHaveValue('');
  await expectSealed(page, ['alex-unsent-shared-browser-1Hb'], 'Sam on Alex’s browser');

  // Sam types; Alex's link is opened in this very tab (the fragment only) before Sam's words were sent.
  await note.fill('sam-words-before-switch-8Lc');
  await page.evaluate((key) => (window.location.hash = `#key=${encodeURIComponent(key)}`), alex.accessKey);
  await expect(page).not.toHaveURL(/#key=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your view' })).toBeVisible();
  await expect(note).not.toHaveValue(/sam-words/);
  await expectSealed(page, ['sam-words-before-switch-8Lc'], 'Alex after Sam, same tab');

  // On the server, each person's draft holds only their own words.
  const draftOf = async (p: Person) => JSON.stringify((await (await request.get(`/api/relationships/${relationshipId}`, { headers: auth(p) })).json()).round.myDraft);
  await expect.poll(() => draftOf(sam)).toContain('sam-words-before-switch-8Lc');
  expect(await draftOf(alex)).not.toContain('sam-words');
  expect(await draftOf(sam)).not.toContain('alex-unsent');
  await context.close();
});
