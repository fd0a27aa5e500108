import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  checkScreen,
  createPerson,
  expect,
  expectSealed,
  perspective,
  saveAndSubmit,
  signIn,
  startAudit,
  test,
  type Person,
} from './fixtures';

// A wrong turn fails within half a minute, not at the test's timeout.
test.use({ actionTimeout: 30_000 });

const auth = (p: Person) => ({ Authorization: `Bearer ${p.accessKey}` });

const appStorage = (page: Page) =>
  page.evaluate(() =>
    [...Object.entries({ ...localStorage }), ...Object.entries({ ...sessionStorage })].filter(([k]) => k.startsWith('reciprocity.')),
  );

/** Alex and Sam with one round opened; Alex's depth note kept only for Alex. */
async function openedRound(request: Parameters<typeof createPerson>[0]) {
  const alex = await createPerson(request, 'Alex');
  const sam = await createPerson(request, 'Sam');
  const relationshipId = await startAudit(request, alex, sam);
  const alexAnswers = perspective('alex-data');
  alexAnswers.dimensions.depth = { ...alexAnswers.dimensions.depth, note: 'alex-only-for-me-5Gd', private: true } as typeof alexAnswers.dimensions.depth;
  const samAnswers = perspective('sam-data');
  samAnswers.dimensions.depth = { ...samAnswers.dimensions.depth, note: 'sam-only-for-me-2Vx', private: true } as typeof samAnswers.dimensions.depth;
  await saveAndSubmit(request, alex, relationshipId, alexAnswers);
  await saveAndSubmit(request, sam, relationshipId, samAnswers);
  return { alex, sam, relationshipId };
}

test('export downloads everything Alex wrote and what was opened to them, and nothing else', async ({ browser, baseURL, request }) => {
  const { alex, relationshipId } = await openedRound(request);
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, alex);
  await page.getByRole('link', { name: /^Your data: download/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my data' }).click()]);
  expect(download.suggestedFilename()).toBe('reciprocity-export.json');
  const text = readFileSync(await download.path(), 'utf8');
  const exported = JSON.parse(text) as { person: { displayName: string }; relationships: { relationshipId: string }[] };
  expect(exported.person.displayName).toBe('Alex');
  expect(exported.relationships.map((r) => r.relationshipId)).toContain(relationshipId);
  expect(text).toContain('alex-data-initiation');
  expect(text).toContain('alex-only-for-me-5Gd'); // Alex's own private note is Alex's
  expect(text).toContain('sam-data-initiation'); // opened to Alex
  expect(text).not.toContain('sam-only-for-me-2Vx'); // never Alex's to see
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded as reciprocity-export.json' })).toBeVisible();
  await context.close();
});

test('leaving a relationship: Alex’s words go, Sam keeps their own and is told, gently', async ({ browser, baseURL, request }) => {
  const { alex, sam, relationshipId } = await openedRound(request);
  const alexContext = await browser.newContext({ baseURL });
  const samContext = await browser.newContext({ baseURL });
  const page = await alexContext.newPage();
  const samPage = await samContext.newPage();
  await signIn(samPage, sam, `/r/${relationshipId}`);
  await expect(samPage.getByText('alex-data-initiation')).toBeVisible();
  await expect(samPage.locator('[data-connection="connected"]')).toBeVisible();

  await signIn(page, alex, `/r/${relationshipId}`);
  await page.getByText('Stop reflecting on this here', { exact: true }).click();
  await expect(page.getByText('What Sam already saw of check-ins that opened, they may have read, printed or saved')).toBeVisible();
  await page.getByRole('button', { name: 'Remove it from Reciprocity…' }).click();
  await expect(page.getByRole('group', { name: 'Remove it from Reciprocity and delete everything you wrote here?' })).toBeVisible();
  await checkScreen(page, 'd01-leave-confirm');
  await page.getByRole('button', { name: 'Yes, remove it and delete my words' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Alex' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Friends since school/ })).toHaveCount(0);

  // Sam's page follows, live: Alex has left, Sam's own answers stay, none of Alex's words.
  // Sam joined Alex's invite: Sam knows Alex by the kind of relationship, as the server names them once they left.
  await expect(samPage.getByRole('heading', { level: 1, name: /has left this relationship$/ })).toBeVisible();
  await samPage.getByText(/^First check-in/).click();
  await expect(samPage.getByText('sam-data-initiation')).toBeVisible();
  await expectSealed(samPage, ['alex-data-initiation', 'alex-data-depth', 'alex-only-for-me-5Gd', 'alex-data-picture'], 'Sam after Alex left');
  await checkScreen(samPage, 'd02-partner-left');
  const samView = await (await request.get(`/api/relationships/${relationshipId}`, { headers: auth(sam) })).text();
  expect(samView).not.toContain('alex-data');
  const again = await request.get(`/api/relationships/${relationshipId}`, { headers: auth(alex) });
  expect(again.status()).toBe(404);
  await Promise.all([alexContext.close(), samContext.close()]);
});

test('a round that had not opened ends when the other person leaves; Sam’s own answers in it stay Sam’s', async ({ browser, baseURL, request }) => {
  const alex = await createPerson(request, 'Alex');
  const sam = await createPerson(request, 'Sam');
  const relationshipId = await startAudit(request, alex, sam);
  await saveAndSubmit(request, alex, relationshipId, perspective('alex-sealed'));
  const samDraft = await request.put(`/api/relationships/${relationshipId}/draft`, { headers: auth(sam), data: perspective('sam-unopened') });
  expect(samDraft.status()).toBe(200);

  const context = await browser.newContext({ baseURL });
  const samPage = await context.newPage();
  await signIn(samPage, sam, `/r/${relationshipId}`);
  await expect(samPage.getByRole('heading', { level: 1, name: 'Your view' })).toBeVisible();
  await expect(samPage.locator('[data-connection="connected"]')).toBeVisible();
  expect((await request.post(`/api/relationships/${relationshipId}/leave`, { headers: auth(alex) })).status()).toBe(204);

  await expect(samPage.getByRole('heading', { level: 1, name: /has left this relationship$/ })).toBeVisible();
  const unopened = samPage.getByRole('region', { name: 'Your answers in the check-in that did not open' });
  await expect(unopened.getByText('“sam-unopened-depth”')).toBeVisible();
  await expect(samPage.getByRole('button', { name: 'Share my view' })).toHaveCount(0);
  await expectSealed(samPage, ['alex-sealed'], 'Sam after Alex left before the round opened');
  await checkScreen(samPage, 'd08-partner-left-unopened');
  await context.close();
});

test('delete everything about me: a clear confirmation, then the key and drafts are gone and the app starts afresh', async ({ browser, baseURL, request }) => {
  const { alex } = await openedRound(request);
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, alex, '/your-data');
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete everything about me…' }).click();
  await expect(page.getByRole('group', { name: 'Delete everything about Alex, for good?' })).toBeVisible();
  await checkScreen(page, 'd03-delete-confirm');
  await page.getByRole('button', { name: 'Keep my data' }).click();
  await expect(page.getByRole('button', { name: 'Delete everything about me…' })).toBeVisible();
  expect((await request.get('/api/me', { headers: auth(alex) })).status()).toBe(200);

  await page.getByRole('button', { name: 'Delete everything about me…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Everything about you has been deleted' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Two sides of one relationship' })).toBeVisible();
  expect(await appStorage(page)).toEqual([]);
  await checkScreen(page, 'd04-deleted');
  expect((await request.get('/api/me', { headers: auth(alex) })).status()).toBe(401);
  await context.close();
});

test('the inviter takes back an invite, makes a new one, and removes a person who joined by mistake', async ({ browser, baseURL, request }) => {
  const alex = await createPerson(request, 'Alex');
  const stranger = await createPerson(request, 'Morgan');
  const created = await request.post('/api/relationships', {
    headers: auth(alex),
    data: { kind: 'closeFriend', label: 'Friends since school', partnerName: 'Sam' },
  });
  expect(created.status()).toBe(201);
  const { relationshipId, inviteCode } = await created.json();

  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, alex, `/r/${relationshipId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Your view' })).toBeVisible();

  // Take it back: the old code opens nothing.
  const controls = page.getByRole('region', { name: /^The invite/ });
  await controls.getByRole('button', { name: 'Take back the invite…' }).click();
  await checkScreen(page, 'd05-revoke-confirm');
  await controls.getByRole('button', { name: 'Yes, take it back' }).click();
  await expect(controls.getByRole('status')).toHaveText(/The invite link no longer works/);
  expect((await request.post(`/api/invites/${inviteCode}/accept`, { headers: auth(stranger) })).status()).toBe(404);

  // A new link; someone else joins with it by mistake.
  await controls.getByRole('button', { name: 'Make a new invite link' }).click();
  const link = page.getByRole('textbox', { name: 'Invite link' }).first();
  await expect(link).toHaveValue(/\/join\//);
  const newCode = new URL(await link.inputValue()).pathname.split('/').pop();
  const strangerContext = await browser.newContext({ baseURL });
  const strangerPage = await strangerContext.newPage();
  expect((await request.post(`/api/invites/${newCode}/accept`, { headers: auth(stranger) })).status()).toBe(200);
  await signIn(strangerPage, stranger, `/r/${relationshipId}`);
  await expect(strangerPage.getByRole('heading', { level: 1, name: 'Your view' })).toBeVisible();
  await expect(strangerPage.locator('[data-connection="connected"]')).toBeVisible();
  await expect(strangerPage.getByText('Did the wrong person join?')).toHaveCount(0);

  // Alex's page sees Morgan joined; Alex removes them.
  await page.reload();
  const joined = page.getByRole('region', { name: /^Who takes part/ });
  await joined.getByText('Did the wrong person join?').click();
  await joined.getByRole('button', { name: 'Remove Morgan…' }).click();
  await checkScreen(page, 'd06-remove-confirm');
  await joined.getByRole('button', { name: 'Yes, remove Morgan' }).click();
  await expect(page.getByRole('region', { name: /^The invite/ }).getByRole('status')).toHaveText(/They are removed/);

  // Morgan's page says so gently; the used link now says what is true.
  await expect(strangerPage.getByRole('heading', { level: 1, name: 'This relationship is no longer here' })).toBeVisible();
  await checkScreen(strangerPage, 'd07-removed');
  const late = await createPerson(request, 'Riley');
  await signIn(strangerPage, late, `/join/${newCode}`);
  await expect(strangerPage.getByRole('heading', { level: 1, name: /This invite (has already been used|link no longer opens anything)/ })).toBeVisible();
  await expect(strangerPage.getByRole('button', { name: 'Join as Riley' })).toHaveCount(0);
  await Promise.all([context.close(), strangerContext.close()]);
});
