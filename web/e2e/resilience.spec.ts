import type { WebSocketRoute } from '@playwright/test';
import { routeHub } from './hub';
import { checkScreen, createPerson, expect, expectSealed, perspective, saveAndSubmit, signIn, startAudit, test } from './fixtures';

test('a connection dropped before the reveal comes back and ends on the reveal', async ({ browser, baseURL, request }) => {
  const robin = await createPerson(request, 'Robin');
  const kim = await createPerson(request, 'Kim');
  const relationshipId = await startAudit(request, robin, kim);
  const robinAnswers = perspective('robin-words');
  const kimAnswers = perspective('kim-hidden-words', 2);
  await saveAndSubmit(request, robin, relationshipId, robinAnswers);

  const context = await browser.newContext({ baseURL });
  // Every hub WebSocket passes through here, so the test can cut it like a lost network would.
  let cut = false;
  const sockets: WebSocketRoute[] = [];
  await context.routeWebSocket(/\/hubs\/audit/, (ws) => {
    if (cut) {
      void ws.close({ code: 1006, reason: 'offline' });
      return;
    }
    ws.connectToServer();
    sockets.push(ws);
  });
  const page = await context.newPage();
  await signIn(page, robin, `/r/${relationshipId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you. Your view is sealed.' })).toBeVisible();
  await expect(page.locator('[data-connection="connected"]')).toBeVisible();

  // The network goes away: HTTP fails and the open socket closes.
  cut = true;
  await context.setOffline(true);
  for (const ws of sockets.splice(0)) await ws.close({ code: 1006, reason: 'offline' });
  await expect(page.locator('[data-connection="reconnecting"], [data-connection="disconnected"]')).toBeVisible();
  await expect(page.getByText(/Reconnecting|Offline/)).toBeVisible();
  await checkScreen(page, '17-waiting-reconnecting');

  // Meanwhile Kim shares, and the round is revealed while Robin is offline.
  await saveAndSubmit(request, kim, relationshipId, kimAnswers);
  await expectSealed(page, ['kim-hidden-words'], 'Robin offline, before reconnecting');
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you. Your view is sealed.' })).toBeVisible();

  // The network returns: the app reconnects, watches again, and shows the reveal without a reload.
  cut = false;
  await context.setOffline(false);
  await expect(page.getByRole('heading', { level: 1, name: 'Two perspectives, side by side' })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-connection="connected"]')).toBeVisible();
  await expect(page.getByText('kim-hidden-words-depth')).toBeVisible();
  await context.close();
});

test('invites that cannot be used say why, kindly', async ({ browser, baseURL, request }) => {
  const ana = await createPerson(request, 'Ana');
  const created = await request.post('/api/relationships', {
    headers: { Authorization: `Bearer ${ana.accessKey}` },
    data: { kind: 'familyMember', label: 'Mum and me', partnerName: 'Mum' },
  });
  const { inviteCode } = await created.json();

  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();

  // The inviter opening their own invite.
  await signIn(page, ana, `/join/${inviteCode}`);
  await page.getByRole('button', { name: 'Join as Ana' }).click();
  await expect(page.getByRole('alert')).toHaveText(/This is your own invite/);

  // Someone else uses it; then it is spent.
  const mum = await createPerson(request, 'Mum');
  const accepted = await request.post(`/api/invites/${inviteCode}/accept`, { headers: { Authorization: `Bearer ${mum.accessKey}` } });
  expect(accepted.status()).toBe(200);
  const stranger = await browser.newContext({ baseURL });
  const strangerPage = await stranger.newPage();
  // Said first: no name asked, nobody made.
  await strangerPage.goto(`/join/${inviteCode}`);
  await expect(strangerPage.getByRole('heading', { level: 1, name: 'This invite has already been used' })).toBeVisible();
  await expect(strangerPage.getByLabel('What should they see as your name?')).toHaveCount(0);
  await expect(strangerPage.getByRole('button', { name: /Join/ })).toHaveCount(0); // no try that cannot work
  await expect(strangerPage.getByRole('link', { name: 'Start a reflection of your own' })).toBeVisible();
  expect(await strangerPage.evaluate(() => localStorage.getItem('reciprocity.accessKey'))).toBeNull();
  await checkScreen(strangerPage, '18-join-used');

  await strangerPage.goto('/join/not-a-real-code');
  await expect(strangerPage.getByRole('heading', { level: 1, name: 'This invite link no longer opens anything' })).toBeVisible();

  // The stranger was never made a person, so an unknown page is shown to someone this browser knows.
  await page.goto('/nowhere');
  await expect(page.getByRole('heading', { level: 1, name: 'We couldn’t find that page' })).toBeVisible();
  await checkScreen(page, '19-not-found');
  await Promise.all([context.close(), stranger.close()]);
});

test('a problem the server finds is shown beside the field it names', async ({ browser, baseURL, request }) => {
  const jo = await createPerson(request, 'Jo');
  const max = await createPerson(request, 'Max');
  const relationshipId = await startAudit(request, jo, max);

  const context = await browser.newContext({ baseURL });
  // The server refuses one note (as it would a control character), over the hub where the app saves while connected;
  // the app says so next to that note, as for the same answer over HTTP.
  const problem = {
    title: 'One or more validation errors occurred.',
    status: 400,
    errors: { 'dimensions.initiation.note': ['Notes can hold line breaks and tabs, but not other control characters.'] },
  };
  let refusing = true;
  const hub = await routeHub(context, (call) => (refusing && call.target === 'SaveDraft' ? { status: 400, body: problem } : undefined));
  const page = await context.newPage();
  await signIn(page, jo, `/r/${relationshipId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Your view' })).toBeVisible();
  await expect(page.locator('[data-connection="connected"]')).toBeVisible();
  const draftsOverHttp: string[] = [];
  page.on('request', (r) => r.method() === 'PUT' && r.url().endsWith('/draft') && draftsOverHttp.push(r.url()));
  const note = page.getByRole('textbox', { name: 'A note (optional)' });
  await note.fill('A note the server refuses');
  const message = page.getByText('Notes can hold line breaks and tabs, but not other control characters.');
  await expect(message).toBeVisible();
  await expect(note).toHaveAttribute('aria-invalid', 'true');
  const describedBy = (await note.getAttribute('aria-describedby')) ?? '';
  expect(describedBy.split(' ')).toContain(await message.getAttribute('id'));
  await expect(page.getByRole('status').filter({ hasText: 'Not saved yet' })).toBeVisible();
  expect(hub.calls.map((c) => c.target)).toContain('SaveDraft'); // the refusal came over the hub, as a HubAnswer…
  expect(draftsOverHttp).toEqual([]); // …and was not sent again over HTTP
  await checkScreen(page, '20-rating-server-error');

  // Once the server accepts again, the next change saves and the message goes.
  refusing = false;
  await note.fill('A note the server accepts');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(message).toHaveCount(0);

  // Submitting with answers missing lists them, each a way back to its step.
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Review and share' })).toBeVisible();
  await page.getByRole('button', { name: 'Share my view' }).click();
  await expect(page.getByRole('alert')).toContainText('A few answers are still needed');
  await expect(page.getByRole('button', { name: 'Please choose a rating for “Reaching out”.' })).toBeVisible();
  await checkScreen(page, '21-rating-review-missing');
  await page.getByRole('button', { name: 'Please choose a rating for “Depth”.' }).click();
  await expect(page.getByRole('heading', { name: 'Depth', level: 2 })).toBeVisible();
  await context.close();
});
