// Issue 21, as a counsellor would live it in one day, on a host that sends mail: sign in on a second browser with the
// email link, two households on the home, a couple's second session with a pre-read from one partner only, the shared
// screen stepped one dimension at a time on a projector, the pair opened, the report filed and its print preview; then
// a family of four with one pair left out and the family summary. Every screen at 360 and 1280 px, axe clean.
import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkScreen, confirmEmail, createPerson, expect, expectSealed, perspective, saveAndSubmit, signInByEmail, test, type Person } from './fixtures';
import { auth, openProjector, pairCard, printPreview, roomScreen, stepRoom } from './counsellor';
import { createHousehold, releasePair, sayFacilitates, seatPerson, sessionPairs, startHouseholdSession, claimSeat } from './practice-fixtures';
import { startMailHost, type MailHost } from './mailHost';

test.use({ actionTimeout: 20_000 });
test.setTimeout(480_000);

const screenshotDir = resolve(dirname(fileURLToPath(import.meta.url)), '../test-results/screenshots');

let host: MailHost;
test.beforeAll(async () => {
  host = await startMailHost();
});
test.afterAll(async () => {
  await host?.stop();
});

async function sharePreRead(api: APIRequestContext, person: Person, sessionId: string): Promise<void> {
  const res = await api.put(`/api/sessions/${sessionId}/pre-read`, { headers: auth(person), data: { shared: true } });
  expect(res.status(), await res.text()).toBe(200);
}

test('a counsellor’s day: sign in by email, two households, a couple’s second session with one pre-read, the room, the report, a family', async ({ browser }) => {
  const api = await playwrightRequest.newContext({ baseURL: host.url });
  const lee = await createPerson(api, 'Dr Lee');
  const address = `lee-${Date.now()}@example.org`;
  await confirmEmail(api, host.mail, lee, address);
  await sayFacilitates(api, lee);
  const parks = await createHousehold(api, lee, 'The Parks', 'couple');
  const riveras = await createHousehold(api, lee, 'The Riveras', 'family');

  // A month ago: the Parks' first session, rated and opened.
  const sam = await createPerson(api, 'Sam');
  const alex = await createPerson(api, 'Alex');
  const first = await startHouseholdSession(api, lee, parks, 'First meeting');
  await seatPerson(api, lee, first.sessionId, 'Sam', sam);
  await seatPerson(api, lee, first.sessionId, 'Alex', alex);
  const [firstPair] = await sessionPairs(api, lee, first.sessionId);
  await saveAndSubmit(api, sam, (firstPair.relationshipId ?? firstPair.pairId), perspective('sam-first-4Qa', 3));
  await saveAndSubmit(api, alex, (firstPair.relationshipId ?? firstPair.pairId), perspective('alex-first-4Qa', 4));
  await releasePair(api, lee, first.sessionId, firstPair.pairId);

  // Today, on a new laptop: the counsellor signs in with the link from their email, and the home leads with clients.
  const laptop = await browser.newContext({ baseURL: host.url });
  const device = await laptop.newPage();
  await signInByEmail(device, host.mail, address);
  const clients = device.getByRole('region', { name: 'Your clients' });
  await expect(clients.getByRole('link', { name: /The Parks/ })).toBeVisible();
  await expect(clients.getByRole('link', { name: /The Riveras/ })).toBeVisible();
  await checkScreen(device, 'c01-signed-in-home');

  // The Parks' second session carries both seats; each partner confirms again with their own link.
  await clients.getByRole('link', { name: /The Parks/ }).click();
  await expect(device.getByRole('heading', { level: 1, name: 'The Parks' })).toBeVisible();
  await device.getByRole('textbox', { name: 'Title' }).fill('A month on');
  await device.getByRole('button', { name: 'Start the session' }).click();
  const ready = device.getByRole('status').filter({ hasText: 'A month on is ready' });
  await expect(ready).toBeVisible();
  await claimSeat(api, sam, await ready.getByRole('textbox', { name: 'Sam’s seat link' }).inputValue());
  await claimSeat(api, alex, await ready.getByRole('textbox', { name: 'Alex’s seat link' }).inputValue());
  await checkScreen(device, 'c02-second-session');
  await ready.getByRole('link', { name: 'Open the session' }).click();
  const sessionId = new URL(device.url()).pathname.split('/').pop()!;

  // Both rate on their phones; only Sam lets the counsellor read ahead.
  const [pair] = await sessionPairs(api, lee, sessionId);
  const ALEX_SEALED = 'alex-sealed-7Hn';
  await saveAndSubmit(api, sam, (pair.relationshipId ?? pair.pairId), perspective('sam-second-7Hn', 4));
  await saveAndSubmit(api, alex, (pair.relationshipId ?? pair.pairId), perspective(ALEX_SEALED, 2));
  await sharePreRead(api, sam, sessionId);
  await device.reload();
  const preReads = device.getByRole('region', { name: 'Pre-reads' });
  await expect(preReads.getByRole('heading', { name: 'Sam’s pre-read' })).toBeVisible();
  await expect(preReads.getByText('sam-second-7Hn-initiation')).toBeVisible();
  await expect(preReads.getByRole('heading', { name: 'Alex’s pre-read' })).toHaveCount(0);
  await expectSealed(device, [ALEX_SEALED], 'the board with Sam’s pre-read');
  await checkScreen(device, 'c03-board-one-pre-read');
  await preReads.getByRole('button', { name: 'Begin the session' }).click();
  await expect(preReads.getByText('The session has begun')).toBeVisible();

  // The room: the projector shows the pair's statuses, then, once opened, starting points and one dimension at a time.
  const projector = await openProjector(browser, lee, sessionId, host.url);
  await device.goto(`/sessions/${sessionId}/present`);
  const pairName = await device.getByRole('button', { name: /^Show .+ and .+$/ }).first().textContent();
  const names = pairName!.replace(/^Show /, '');
  await device.getByRole('button', { name: `Show ${names}` }).click();
  const shown = roomScreen(projector, names);
  await expect(shown).toHaveAttribute('data-room-step', 'startingPoints');
  await expectSealed(projector, [ALEX_SEALED, 'sam-second-7Hn'], 'the projector before the release');
  await device.getByRole('link', { name: 'Back to the board' }).click();
  await device.getByRole('button', { name: `Open this pair: ${names}` }).click();
  await expect(pairCard(device, names)).toHaveAttribute('data-pair-standing', 'opened');
  await device.goto(`/sessions/${sessionId}/present`);
  await expect(shown.getByRole('heading', { level: 3, name: /Where to start/ })).toBeVisible();
  await checkScreen(projector, 'c04-projector-starting-points');
  await stepRoom(device, projector, names, 'Next', 'Reaching out');
  await expect(shown.getByText(`${ALEX_SEALED}-initiation`)).toBeVisible();
  await expect(shown.getByText(`${ALEX_SEALED}-depth`)).toHaveCount(0);
  await stepRoom(device, projector, names, 'Next', 'Depth');
  await stepRoom(device, projector, names, 'Next', 'In a crisis');
  await stepRoom(device, projector, names, 'Next', 'Upkeep');
  await checkScreen(projector, 'c05-projector-upkeep');
  await checkScreen(device, 'c06-device-controls');
  await projector.context().close();

  // The report the counsellor files, with its print preview.
  await device.getByRole('link', { name: 'Back to the board' }).click();
  await device.getByRole('link', { name: 'Report' }).click();
  const report = device.getByRole('article', { name: /A month on: check-in 1/ });
  await expect(report.getByText(/^Confidential:/)).toBeVisible();
  await expect(report.getByRole('heading', { name: 'Where to start' })).toBeVisible();
  await checkScreen(device, 'c07-report');
  await printPreview(device, 'A4', resolve(screenshotDir, 'c08-report-print-a4.png'));
  await device.setViewportSize({ width: 360, height: 800 });

  // The Riveras: a family of four; one pair is left out, the others opened; the family summary reads the opened ones.
  const family = await startHouseholdSession(api, lee, riveras, 'First family meeting');
  const members = ['Maria', 'Luis', 'Ana', 'Tomas'];
  const people: Person[] = [];
  for (const name of members) {
    const person = await createPerson(api, name);
    await seatPerson(api, lee, family.sessionId, name, person);
    people.push(person);
  }
  for (const [i, person] of people.entries()) {
    const res = await api.get(`/api/sessions/${family.sessionId}`, { headers: auth(person) });
    const { pairs } = (await res.json()) as { pairs: { relationshipId: string }[] };
    for (const p of pairs) await saveAndSubmit(api, person, p.relationshipId, perspective(`${members[i]}-words`, i === 0 ? 2 : 4));
  }
  await device.goto(`/sessions/${family.sessionId}`);
  await expect(device.locator('[data-pair-standing="ready"]')).toHaveCount(6);
  await device.getByRole('button', { name: 'Leave this pair out: Luis and Ana' }).click();
  await device.getByRole('textbox', { name: 'Why (optional, only you see this)' }).fill('lee-reason-not-today');
  await device.getByRole('button', { name: 'Leave this pair out', exact: true }).click();
  await expect(pairCard(device, 'Luis and Ana')).toHaveAttribute('data-pair-standing', 'leftOut');
  for (const opened of ['Maria and Luis', 'Maria and Ana', 'Maria and Tomas', 'Luis and Tomas', 'Ana and Tomas']) {
    await device.getByRole('button', { name: `Open this pair: ${opened}` }).click();
    await expect(pairCard(device, opened)).toHaveAttribute('data-pair-standing', 'opened');
  }
  await device.getByRole('link', { name: 'Report' }).click();
  const summary = device.getByRole('region', { name: 'The family together' });
  await expect(summary.getByRole('heading', { level: 3, name: 'Upkeep' })).toBeVisible();
  await expect(summary.getByText(/Luis and Ana/)).toHaveCount(0);
  await expectSealed(device, ['lee-reason-not-today'], 'the family report');
  await checkScreen(device, 'c09-family-summary');

  // Home again: both households, each with what is waiting.
  await device.goto('/practice');
  await expect(device.getByRole('link', { name: /The Parks/ })).toBeVisible();
  await expect(device.getByRole('link', { name: /The Riveras/ })).toBeVisible();
  await laptop.close();
  await api.dispose();
});
