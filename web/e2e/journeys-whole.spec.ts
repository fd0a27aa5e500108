import type { Browser, Page } from '@playwright/test';
import { checkScreen, createPerson, expect, rateThroughScreens, shareMyView, signIn, test, type Person, type UiAnswers } from './fixtures';

// Issue 20: journeys walked across features, as a person would, at 360 px.
const PHONE = { width: 360, height: 800 } as const;

const ALONE: UiAnswers = {
  scores: [2, 3, 4, 3],
  leans: ['I mostly give', 'It flows both ways', 'I mostly receive', 'I mostly give'],
  notes: ['ana-alone-reaching', 'ana-alone-depth', 'ana-alone-crisis', 'ana-alone-upkeep'],
  overall: 3,
};
const ANA_UPKEEP = 'We take turns planning the weekends ana-upkeep-4Qz';
const JON_UPKEEP = 'I send the Sunday message while I recover jon-upkeep-8Tn';
const ANA: UiAnswers = {
  scores: [3, 4, 4, 2],
  leans: ['I mostly give', 'It flows both ways', 'It flows both ways', 'I mostly give'],
  notes: ['ana-shared-reaching', 'ana-shared-depth', 'ana-shared-crisis', 'ana-shared-upkeep'],
  overall: 3,
  dimensionPicture: { index: 3, kind: 'A boundary I need', text: ANA_UPKEEP },
};
const JON: UiAnswers = {
  scores: [4, 4, 3, 2],
  leans: ['I mostly receive', 'It flows both ways', 'It flows both ways', 'I mostly receive'],
  notes: ['jon-shared-reaching', 'jon-shared-depth', 'jon-shared-crisis', 'jon-shared-upkeep'],
  overall: 4,
  dimensionPicture: { index: 3, kind: 'A mutual pattern to build', text: JON_UPKEEP },
  season: 'Illness',
};

const auth = (p: Person) => ({ Authorization: `Bearer ${p.accessKey}` });

/** A phone-sized browser whose share sheet exists (Linux Chromium has none), so the Share button can be seen. */
async function phone(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: PHONE });
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { value: async () => undefined, configurable: true });
  });
  return context.newPage();
}

test('a solo reflection, then "Invite Jon now": the link at once, one code only; Jon joins, both share with a season and dimension pictures, the reveal, the reading', async ({ browser, baseURL, request }) => {
  const ana = await createPerson(request, 'Ana');
  const created = await request.post('/api/relationships', { headers: auth(ana), data: { kind: 'partner', label: '', partnerName: 'Jon', solo: true } });
  expect(created.status(), await created.text()).toBe(201);
  const { relationshipId } = await created.json();
  const page = await phone(browser, baseURL);

  // Alone first.
  await signIn(page, ana, `/r/${relationshipId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Your reflection' })).toBeVisible();
  await rateThroughScreens(page, ALONE);
  await expect(page.getByRole('navigation', { name: 'Your progress' }).getByRole('button', { name: /Season \(answered\)/ })).toBeVisible();
  await page.getByRole('button', { name: 'Finish my reflection' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'What you wrote' })).toBeVisible();

  // One press: the link, its QR code and the share button, at once, with no reload.
  await page.getByRole('button', { name: 'Invite Jon now' }).click();
  const invite = page.getByRole('region', { name: 'Invite Jon' });
  await expect(invite.getByRole('textbox', { name: 'Invite link' })).toBeVisible();
  await expect(invite.getByRole('img', { name: 'QR code of the invite link for Jon' })).toBeVisible();
  await expect(invite.getByRole('button', { name: 'Share…' })).toBeVisible();
  await expect(invite.getByText('Show them this code: they can scan it with their own phone’s camera.')).toBeVisible();
  const inviteUrl = await invite.getByRole('textbox', { name: 'Invite link' }).inputValue();
  expect(inviteUrl).toMatch(/\/join\/.+/);
  // The first shared round is on screen now, not the finished solo one, so there is nothing to press twice.
  await expect(page.getByRole('heading', { level: 1, name: 'Your view' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Invite Jon now' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: /stopping here/ })).toHaveCount(0); // not offered under the rating steps
  await checkScreen(page, 'w01-invited-at-once');

  // A second press anywhere (another tab, say) makes no second code: the server refuses, and the first link still works.
  const again = await request.post(`/api/relationships/${relationshipId}/invite`, { headers: auth(ana) });
  expect(again.status()).toBe(409);
  await page.reload();
  await page.getByText('The invite link, to send again').click();
  await expect(page.getByRole('textbox', { name: 'Invite link' })).toHaveValue(inviteUrl);

  // Home does not say "with Jon" before Jon joined.
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await expect(page.getByText('Partner · Jon is invited, not joined yet')).toBeVisible();
  await checkScreen(page, 'w02-home-invited');

  // Jon joins with that link, in his own browser.
  const jonPage = await phone(browser, baseURL);
  await jonPage.goto(inviteUrl);
  await expect(jonPage.getByRole('heading', { level: 1, name: 'Ana invites you to reflect on your relationship as partners together' })).toBeVisible();
  await jonPage.getByLabel('What should they see as your name?').fill('Jon');
  await jonPage.getByRole('button', { name: 'Join' }).click();
  await expect(jonPage.getByRole('heading', { level: 1, name: 'You’ve joined Ana' })).toBeVisible();
  await jonPage.getByRole('link', { name: 'Start my view' }).click();
  await expect(jonPage.getByRole('heading', { level: 1, name: 'Your view' })).toBeVisible();
  await rateThroughScreens(jonPage, JON);
  await shareMyView(jonPage);
  await expect(jonPage.getByRole('heading', { level: 1, name: 'Thank you. Your view is sealed.' })).toBeVisible();

  // Ana shares the round they share; it opens for both.
  await page.goto(`/r/${relationshipId}`);
  await expect(page.getByText('Partner · with Jon')).toBeVisible();
  await rateThroughScreens(page, ANA);
  await shareMyView(page);
  const reveal = { level: 1, name: 'Two perspectives, side by side' } as const;
  await Promise.all([expect(page.getByRole('heading', reveal)).toBeVisible(), expect(jonPage.getByRole('heading', reveal)).toBeVisible()]);
  await expect(page.getByText('jon-shared-reaching')).toBeVisible();
  await expect(jonPage.getByText('ana-alone-reaching')).toHaveCount(0); // the solo reflection stays Ana's
  // The pictures each wrote on a dimension, and Jon's season of illness, named rather than asked about.
  const pictures = page.getByRole('region', { name: 'The pictures and seasons' });
  await expect(pictures).toContainText(`Upkeep: A boundary I need${ANA_UPKEEP}`);
  await expect(pictures).toContainText(`Upkeep: A mutual pattern to build${JON_UPKEEP}`);
  await expect(pictures).toContainText(/illness/i);
  await expect(jonPage.getByRole('region', { name: 'The pictures and seasons' })).toContainText(`Upkeep: A boundary they need${ANA_UPKEEP}`);
  await expect(page.getByRole('region', { name: 'Where to start' })).toContainText('while Jon is in a season of illness');
  for (const p of [page, jonPage]) await expect(p.locator('main')).not.toContainText('Is that a season');
  await checkScreen(page, 'w03-reveal');
  await checkScreen(jonPage, 'w03-reveal-jon');

  // The reading, across it: upkeep at 2 is named with the boundary Ana wrote for it.
  await page.getByRole('link', { name: 'Reading', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your relationships, read together' })).toBeVisible();
  const low = page.getByRole('region', { name: 'Where it feels one-directional' });
  await expect(low.getByRole('listitem').filter({ hasText: 'Upkeep: Mostly one-directional (2 on the 1–5 scale)' }).filter({ hasText: ANA_UPKEEP }).first()).toBeVisible();
  await checkScreen(page, 'w04-reading');
  await Promise.all([page.context().close(), jonPage.context().close()]);
});

test('a used and a taken-back invite say so first and create nobody; quick exit then Back leaves the app', async ({ browser, baseURL, request }) => {
  const ana = await createPerson(request, 'Ana');
  const kim = await createPerson(request, 'Kim');
  const start = async (partnerName: string) => {
    const res = await request.post('/api/relationships', { headers: auth(ana), data: { kind: 'closeFriend', label: '', partnerName } });
    expect(res.status(), await res.text()).toBe(201);
    return (await res.json()) as { relationshipId: string; inviteCode: string };
  };
  const used = await start('Kim');
  expect((await request.post(`/api/invites/${used.inviteCode}/accept`, { headers: auth(kim) })).status()).toBe(200);
  const revoked = await start('Lee');
  expect((await request.delete(`/api/relationships/${revoked.relationshipId}/invite`, { headers: auth(ana) })).status()).toBe(204);

  const stranger = await phone(browser, baseURL);
  const appKeys = () => stranger.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('reciprocity.')));

  await stranger.goto(`/join/${used.inviteCode}`);
  await expect(stranger.getByRole('heading', { level: 1, name: 'This invite has already been used' })).toBeVisible();
  await expect(stranger.getByText(/cares about your relationship/)).toHaveCount(0);
  await expect(stranger.getByRole('textbox')).toHaveCount(0);
  await expect(stranger.getByRole('button', { name: /Join/ })).toHaveCount(0);
  await checkScreen(stranger, 'w05-join-used');

  await stranger.goto(`/join/${revoked.inviteCode}`);
  await expect(stranger.getByRole('heading', { level: 1, name: 'This invite link no longer opens anything' })).toBeVisible();
  await expect(stranger.getByRole('textbox')).toHaveCount(0);
  await checkScreen(stranger, 'w06-join-revoked');

  // Nobody was made: no key in this browser, and the taken-back relationship still waits for nobody.
  expect(await appKeys()).toEqual([]);
  const view = await (await request.get(`/api/relationships/${revoked.relationshipId}`, { headers: auth(ana) })).json();
  expect(view.partner).toBeNull();
  expect(view.invitePending).toBe(false);

  // Quick exit, then Back: the app is not there to come back to.
  const page = await phone(browser, baseURL);
  await page.route(/^https?:\/\/(www\.)?weather\.com\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>Weather</title><h1>Weather today</h1>' }),
  );
  await signIn(page, ana, '/');
  await page.getByRole('link', { name: 'Help and safety' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Help and safety' })).toBeVisible();
  await expect(page.getByText(/Your browser may still list this site in its history/)).toBeVisible();
  await checkScreen(page, 'w07-help');
  await page.getByRole('link', { name: 'Your data' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expect(page.getByRole('heading', { name: 'Weather today' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Help and safety' })).toHaveCount(0);
  expect(new URL(page.url()).origin).not.toBe(new URL(baseURL!).origin);
  await Promise.all([stranger.context().close(), page.context().close()]);
});
