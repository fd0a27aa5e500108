import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkScreen, createPerson, expect, expectSealed, recordHubFrames, saveAndSubmit, signIn, test } from './fixtures';
import { addPerson, auth, claimSeat, openProjector, pairCard, printPreview, roomScreen, sessionAs, startSession, stepRoom } from './counsellor';

// Issue 21, items 5–7: the room on two browsers, the filed report, and a family's summary.
test.use({ actionTimeout: 20_000 });

const screenshotDir = resolve(dirname(fileURLToPath(import.meta.url)), '../test-results/screenshots');

/** A perspective whose upkeep leans as given at 2, each note tagged; its crisis answer leans "me". */
function rated(tag: string, upkeep: 'me' | 'them', secret = '') {
  return {
    dimensions: {
      initiation: { score: 3, leans: 'neither', note: `${tag}-reaching` },
      depth: { score: 4, leans: 'neither', note: `${tag}-depth` },
      crisisResponse: { score: 3, leans: 'me', note: `${tag}-crisis` },
      maintenance: { score: 2, leans: upkeep, note: secret || `${tag}-upkeep`, private: !!secret },
    },
    overall: 2,
    picture: { kind: 'mutualPattern', text: `${tag}-picture` },
    season: { kind: 'none', note: '' },
  };
}

test('the room: the facilitator steps the projector one dimension at a time, opens the pair, and files the report', async ({ browser, request }) => {
  const lee = await createPerson(request, 'Dr Lee');
  const device = await (await browser.newContext()).newPage();
  await signIn(device, lee);
  await startSession(device, 'The Nguyens', 'A couple');
  const sessionId = new URL(device.url()).pathname.split('/').pop()!;
  const sam = await createPerson(request, 'Samuel');
  const alex = await createPerson(request, 'Alexandra');
  await claimSeat(request, sam, await addPerson(device, 'Sam'));
  await claimSeat(request, alex, await addPerson(device, 'Alex'));

  // Two browsers: the facilitator's device with the controls, the projector with the room alone.
  const projector = await openProjector(browser, lee, sessionId);
  const projectorFrames = recordHubFrames(projector);
  await expect(projector.getByText('The facilitator chooses what is shown here.')).toBeVisible();
  await device.goto(`/sessions/${sessionId}/present`);
  await device.getByRole('button', { name: 'Show Sam and Alex' }).click();
  const shown = roomScreen(projector, 'Sam and Alex');
  await expect(shown).toHaveAttribute('data-room-step', 'startingPoints');
  await expect(shown.getByRole('listitem').filter({ hasText: 'Not started yet' })).toHaveCount(2);
  await expect(device.getByRole('button', { name: /^Next/ })).toBeDisabled();

  // They rate on their own phones; the projector shows who has finished, nothing more.
  const SECRET = 'alex-only-for-me-9Rk';
  const { pairs } = await sessionAs(request, lee, sessionId);
  const pairId = pairs[0].pairId;
  await saveAndSubmit(request, sam, pairId, rated('sam', 'me'));
  await saveAndSubmit(request, alex, pairId, rated('alex', 'them', SECRET));
  await expect(shown.getByRole('listitem').filter({ hasText: 'Finished' })).toHaveCount(2);
  await checkScreen(projector, 'r01-projector-waiting');
  await expectSealed(projector, ['sam-reaching', 'alex-reaching', SECRET], 'the projector before the release');
  expect(projectorFrames.join('\n')).not.toContain('sam-reaching');

  // The pair opens on the board; the projector follows, starting points first.
  await device.getByRole('link', { name: 'Back to the board' }).click();
  await device.getByRole('button', { name: 'Open this pair: Sam and Alex' }).click();
  await expect(pairCard(device, 'Sam and Alex')).toHaveAttribute('data-pair-standing', 'opened');
  await device.goto(`/sessions/${sessionId}/present`);
  await expect(shown.getByRole('heading', { level: 3, name: /Where to start/ })).toBeVisible();
  await expect(shown.getByText(/In a crisis:/)).toBeVisible();
  await checkScreen(projector, 'r02-projector-starting-points');
  await checkScreen(device, 'r03-device-controls');

  // One dimension at a time, forward and back, live.
  await stepRoom(device, projector, 'Sam and Alex', 'Next', 'Reaching out');
  await expect(shown.getByText('sam-reaching')).toBeVisible();
  await expect(shown.getByText('sam-depth')).toHaveCount(0);
  await stepRoom(device, projector, 'Sam and Alex', 'Next', 'Depth');
  await stepRoom(device, projector, 'Sam and Alex', 'Next', 'In a crisis');
  await expect(shown.getByText(/Different experiences/).first()).toBeVisible();
  await stepRoom(device, projector, 'Sam and Alex', 'Back', 'Depth');
  await stepRoom(device, projector, 'Sam and Alex', 'Next', 'In a crisis');
  await stepRoom(device, projector, 'Sam and Alex', 'Next', 'Upkeep');
  await expect(shown).toHaveAttribute('data-room-step', 'maintenance');
  await expect(device.getByRole('button', { name: /^Next/ })).toBeDisabled();
  await checkScreen(projector, 'r04-projector-upkeep');
  await expectSealed(projector, [SECRET], 'the projector after the release');

  // After talking: a thanks and a small thing, then the report the counsellor files.
  const thanks = await request.put(`/api/relationships/${pairId}/rounds/1/appreciation`, { headers: auth(sam), data: { text: 'sam-thanks-for-listening' } });
  expect(thanks.status()).toBe(200);
  const small = await request.put(`/api/relationships/${pairId}/rounds/1/small-thing`, { headers: auth(alex), data: { text: 'alex-a-walk-on-sundays' } });
  expect(small.status()).toBe(200);
  await device.getByRole('link', { name: 'Back to the board' }).click();
  await device.getByRole('textbox', { name: 'Notes on check-in 1' }).fill('lee-notes: gentle start');
  await device.getByRole('button', { name: 'Save notes' }).click();
  await expect(device.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await device.getByRole('link', { name: 'Report' }).click();
  const report = device.getByRole('article', { name: 'The Nguyens: check-in 1' });
  await expect(report.getByText(/^Confidential:/)).toBeVisible();
  await expect(report.getByText(/Participants: Sam, Alex\./)).toBeVisible();
  await expect(report.getByText(/Samuel|Alexandra/)).toHaveCount(0);
  await expect(report.getByRole('heading', { name: 'Where to start' })).toBeVisible();
  await expect(report.getByText('Sam, a word of thanks: “sam-thanks-for-listening”')).toBeVisible();
  await expect(report.getByText('Alex, one small thing I’ll try: “alex-a-walk-on-sundays”')).toBeVisible();
  await device.getByRole('checkbox', { name: 'Include my notes' }).check();
  await expect(report.getByText('lee-notes: gentle start')).toBeVisible();
  await expectSealed(device, [SECRET], 'the report');
  await checkScreen(device, 'r05-report');

  const [download] = await Promise.all([device.waitForEvent('download'), device.getByRole('button', { name: 'Download as Markdown' }).click()]);
  const markdown = readFileSync((await download.path())!, 'utf8');
  expect(markdown).toContain('> **Confidential:');
  // Each name in its own isolate (U+2068 … U+2069), so it keeps its direction in any Markdown viewer.
  expect(markdown).toContain('Participants: \u2068Sam\u2069, \u2068Alex\u2069.');
  expect(markdown).toContain('alex-a-walk-on-sundays');
  expect(markdown).not.toContain(SECRET);

  // Printed on the counsellor's paper: Letter here, A4 as the default.
  await printPreview(device, 'US Letter', resolve(screenshotDir, 'r06-report-print-letter.png'));
  const pageRules = () => device.evaluate(() => [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n'));
  await expect.poll(pageRules).toContain('@page { size: letter;');
  await printPreview(device, 'A4', resolve(screenshotDir, 'r06-report-print-a4.png'));
  await expect.poll(pageRules).toContain('@page { size: A4;');
});

test('a family of four with one pair left out: the family summary reads only the opened pairs', async ({ page, request }) => {
  const okafor = await createPerson(request, 'Dr Okafor');
  await signIn(page, okafor);
  await startSession(page, 'The Rivera family', 'A family');
  const names = ['Maria', 'Luis', 'Ana', 'Tomas'];
  const people = [];
  for (const name of names) {
    const link = await addPerson(page, name);
    const person = await createPerson(request, name);
    await claimSeat(request, person, link);
    people.push(person);
  }
  const sessionId = new URL(page.url()).pathname.split('/').pop()!;
  await expect(page.locator('[data-pair-standing="rating"]')).toHaveCount(6);

  // Everyone rates each of their pairs: each child feels Maria carries the upkeep, and so does she.
  for (const [i, person] of people.entries()) {
    const { pairs } = await sessionAs(request, person, sessionId);
    for (const pair of pairs) await saveAndSubmit(request, person, pair.relationshipId!, rated(`${names[i]}-words`, i === 0 ? 'me' : 'them'));
  }
  await expect(page.locator('[data-pair-standing="ready"]')).toHaveCount(6);

  // Luis and Ana's pair is not for this room: left out, the reason for the facilitator alone.
  await page.getByRole('button', { name: 'Leave this pair out: Luis and Ana' }).click();
  await page.getByRole('textbox', { name: 'Why (optional, only you see this)' }).fill('okafor-reason-not-today');
  await page.getByRole('button', { name: 'Leave this pair out', exact: true }).click();
  await expect(pairCard(page, 'Luis and Ana')).toHaveAttribute('data-pair-standing', 'leftOut');
  for (const pair of ['Maria and Luis', 'Maria and Ana', 'Maria and Tomas', 'Luis and Tomas', 'Ana and Tomas']) {
    await page.getByRole('button', { name: `Open this pair: ${pair}` }).click();
    await expect(pairCard(page, pair)).toHaveAttribute('data-pair-standing', 'opened');
  }

  await page.getByRole('link', { name: 'Report' }).click();
  const summary = page.getByRole('region', { name: 'The family together' });
  await expect(summary.getByRole('heading', { level: 3, name: 'Upkeep' })).toBeVisible();
  await expect(summary.getByText(/The same pattern comes up in more than one pair: in Maria and Luis; Maria and Ana; Maria and Tomas, both feel Maria carries more/)).toBeVisible();
  await expect(summary.getByText(/Luis and Ana/)).toHaveCount(0);
  await expect(summary.getByText(/okafor-reason-not-today|words-/)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Luis and Ana' })).toContainText('Left out of this session.');
  await expectSealed(page, ['okafor-reason-not-today'], 'the report with the family summary');
  await checkScreen(page, 'r07-family-summary');
});
