import type { Page } from '@playwright/test';
import { routeHub } from './hub';
import { createPerson, expect, perspective, rateThroughScreens, saveAndSubmit, shareMyView, signIn, startAudit, test, type UiAnswers } from './fixtures';

const ROBIN: UiAnswers = {
  scores: [4, 2, 5, 3],
  leans: ['I mostly give', 'I mostly receive', 'It flows both ways', 'I mostly give'],
  notes: ['robin-hub-reaching', 'robin-hub-depth', 'robin-hub-crisis', 'robin-hub-upkeep'],
  overall: 4,
};

/** The round's steps a page took over HTTP (PUT …/draft, POST …/submit, …/withdraw, …/confirm, …/rounds). */
function stepsOverHttp(page: Page, relationshipId: string): string[] {
  const steps: string[] = [];
  const step = new RegExp(`/api/relationships/${relationshipId}/(draft|submit|withdraw|confirm|rounds)$`);
  page.on('request', (r) => {
    const found = step.exec(new URL(r.url()).pathname);
    if (found && r.method() !== 'GET') steps.push(`${r.method()} ${found[1]}`);
  });
  return steps;
}

test('a round’s steps go over the hub’s WebSocket while it is connected', async ({ browser, baseURL, request }) => {
  const robin = await createPerson(request, 'Robin');
  const kim = await createPerson(request, 'Kim');
  const relationshipId = await startAudit(request, robin, kim);
  await saveAndSubmit(request, kim, relationshipId, perspective('kim-words'));

  const context = await browser.newContext({ baseURL });
  const hub = await routeHub(context);
  const page = await context.newPage();
  const overHttp = stepsOverHttp(page, relationshipId);
  await signIn(page, robin, `/r/${relationshipId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Your view' })).toBeVisible();
  await expect(page.locator('[data-connection="connected"]')).toBeVisible();

  await rateThroughScreens(page, ROBIN);
  await shareMyView(page);
  // Robin's share reveals the round: the reveal comes in the step's own answer.
  await expect(page.getByRole('heading', { level: 1, name: 'Two perspectives, side by side' })).toBeVisible();
  await expect(page.getByText('kim-words-depth').first()).toBeVisible();

  await page.getByRole('button', { name: 'Start the second check-in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your view, second check-in' })).toBeVisible();

  const targets = hub.calls.map((c) => c.target);
  for (const method of ['SaveDraft', 'Submit', 'StartRound']) expect(targets).toContain(method);
  expect(overHttp).toEqual([]);
  await context.close();
});

test('with the hub cut, drafts save over HTTP and the share reaches the reveal', async ({ browser, baseURL, request }) => {
  const robin = await createPerson(request, 'Robin');
  const kim = await createPerson(request, 'Kim');
  const relationshipId = await startAudit(request, robin, kim);
  await saveAndSubmit(request, kim, relationshipId, perspective('kim-words'));

  const context = await browser.newContext({ baseURL });
  const hub = await routeHub(context);
  const page = await context.newPage();
  const overHttp = stepsOverHttp(page, relationshipId);
  await signIn(page, robin, `/r/${relationshipId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Your view' })).toBeVisible();
  await expect(page.locator('[data-connection="connected"]')).toBeVisible();

  // The first answer saves over the hub…
  await page.getByRole('group', { name: /how mutual does it feel/ }).getByRole('radio', { name: /^4\b/ }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  expect(hub.calls.map((c) => c.target)).toContain('SaveDraft');
  expect(overHttp).toEqual([]);

  // …then the hub is cut, like a network that lets HTTP through but not WebSockets: every later word goes over HTTP.
  await hub.cut();
  await expect(page.locator('[data-connection="reconnecting"], [data-connection="disconnected"]')).toBeVisible();
  const hubCallsBefore = hub.calls.length;
  await rateThroughScreens(page, ROBIN);
  await shareMyView(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Two perspectives, side by side' })).toBeVisible();
  await expect(page.getByText('kim-words-depth').first()).toBeVisible();
  await expect(page.getByText('robin-hub-upkeep').first()).toBeVisible();
  expect(overHttp).toContain('PUT draft');
  expect(overHttp.at(-1)).toBe('POST submit');
  expect(hub.calls.slice(hubCallsBefore).map((c) => c.target)).toEqual([]);
  await context.close();
});
