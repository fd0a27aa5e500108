import type { APIRequestContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { checkScreen, createPerson, expect, saveAndSubmit, signIn, startAudit, test, type Person } from './fixtures';

// A wrong turn fails within half a minute, not at the test's timeout.
test.use({ actionTimeout: 30_000 });

const auth = (p: Person) => ({ Authorization: `Bearer ${p.accessKey}` });

/** A perspective with upkeep at `upkeep` (leaning as given), the rest mutual, and a season if marked. */
function answers(upkeep: number, upkeepLeans: 'me' | 'them', season: 'none' | 'illness' = 'none') {
  return {
    dimensions: {
      initiation: { score: 4, leans: 'neither', note: '' },
      depth: { score: 4, leans: 'neither', note: '' },
      crisisResponse: { score: 5, leans: 'neither', note: '' },
      maintenance: { score: upkeep, leans: upkeepLeans, note: '' },
    },
    overall: 4,
    picture: { kind: 'mutualPattern', text: '' },
    season: { kind: season, note: '' },
  };
}

/**
 * Six shared check-ins. Alex gives more of the upkeep throughout (both say so); upkeep is fine in 1–2, low in 3–4 while
 * Sam marks a season of illness, and low again in 5–6 with no season: so 3–6 is recurring, including two unmarked.
 */
async function sixCheckIns(request: APIRequestContext) {
  const alex = await createPerson(request, 'Alex');
  const sam = await createPerson(request, 'Sam');
  const relationshipId = await startAudit(request, alex, sam);
  const upkeep = [4, 4, 2, 1, 2, 2];
  for (let i = 0; i < 6; i++) {
    if (i > 0) {
      const next = await request.post(`/api/relationships/${relationshipId}/rounds`, { headers: auth(alex) });
      expect(next.status(), await next.text()).toBe(200);
    }
    await saveAndSubmit(request, alex, relationshipId, answers(upkeep[i], 'me'));
    await saveAndSubmit(request, sam, relationshipId, answers(Math.min(upkeep[i] + 1, 5), 'them', i === 2 || i === 3 ? 'illness' : 'none'));
  }
  return { alex, sam, relationshipId };
}

test('six check-ins with a season, read as a chart, as its table, and in plain readings; earlier check-ins on request', async ({ browser, baseURL, request }) => {
  const { alex, relationshipId } = await sixCheckIns(request);
  const view = await (await request.get(`/api/relationships/${relationshipId}`, { headers: auth(alex) })).json();
  expect(view.history).toHaveLength(5);
  expect(view.historyCount).toBe(6);

  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, alex, `/r/${relationshipId}`);
  const time = page.getByRole('region', { name: 'Across your check-ins' });
  await expect(time).toBeVisible();

  // The reading names the check-ins, the season and who gives more; never a grade.
  const readings = time.getByRole('list', { name: 'What stands out over time' });
  await expect(readings.getByRole('listitem')).toHaveText([
    'Upkeep was rated 1–2 by at least one of you in four check-ins in a row (3, 4, 5 and 6), including the two with no season marked (5 and 6); each time you were seen as giving more.',
  ]);

  // As a chart: both views as marks on the line, the season's two check-ins shaded.
  const chart = time.getByRole('img', { name: /^Upkeep across six check-ins: your view and Sam’s/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator('circle.timeline-mark')).toHaveCount(6);
  await expect(chart.locator('rect.timeline-mark')).toHaveCount(6);
  await expect(chart.locator('.timeline-season')).toHaveCount(2);
  expect(await chart.locator('.timeline-season').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-check-in')))).toEqual(['3', '4']);
  expect(await chart.locator('circle.timeline-mark').evaluateAll((cs) => cs.map((c) => c.getAttribute('data-score')))).toEqual(['4', '4', '2', '1', '2', '2']);
  await checkScreen(page, 't01-six-check-ins-chart');

  // As its text alternative: the same, in words.
  await time.getByText('Upkeep as a table').click();
  const table = time.getByRole('table', { name: 'Upkeep across check-ins' });
  await expect(table.getByRole('row')).toHaveCount(7);
  const fourth = table.getByRole('row').nth(4);
  await expect(fourth.getByRole('cell')).toHaveText(['Heavily one-directional (1), you give more', 'Mostly one-directional (2), you give more', 'Sam: illness']);
  await expect(table.getByRole('row').nth(6).getByRole('cell').last()).toHaveText('none marked');
  await checkScreen(page, 't02-six-check-ins-table');

  // The view carries five; the first comes when asked for.
  await time.getByRole('button', { name: 'Show earlier check-ins (1 more)' }).click();
  await expect(time.getByRole('heading', { name: 'Earlier check-ins' })).toBeVisible();
  await expect(time.getByText(/^Check-in 1, /)).toBeVisible();
  await expect(time.getByRole('button', { name: /Show (more )?earlier check-ins/ })).toHaveCount(0);
  await context.close();
});

test('an agreed next check-in: one suggests, the other agrees live, both see it at home and take it to a calendar', async ({ browser, baseURL, request }) => {
  const alex = await createPerson(request, 'Alex');
  const sam = await createPerson(request, 'Sam');
  const relationshipId = await startAudit(request, alex, sam);
  await saveAndSubmit(request, alex, relationshipId, answers(3, 'me'));
  await saveAndSubmit(request, sam, relationshipId, answers(3, 'them'));

  const alexContext = await browser.newContext({ baseURL });
  const samContext = await browser.newContext({ baseURL });
  const alexPage = await alexContext.newPage();
  const samPage = await samContext.newPage();
  await signIn(alexPage, alex, `/r/${relationshipId}`);
  await signIn(samPage, sam, `/r/${relationshipId}`);

  const alexPanel = alexPage.getByRole('region', { name: 'When to check in again' });
  await alexPanel.getByRole('radio', { name: /^In six weeks/ }).check();
  await checkScreen(alexPage, 't03-next-check-in-choose');
  await alexPanel.getByRole('button', { name: 'Suggest this date' }).click();
  await expect(alexPanel.getByText(/^You suggested .+\. It’s up to Sam to agree/)).toBeVisible();

  // Live on Sam's screen, without a reload.
  const samPanel = samPage.getByRole('region', { name: 'When to check in again' });
  await expect(samPanel.getByText(/^Alex suggests checking in again on /)).toBeVisible();
  await checkScreen(samPage, 't04-next-check-in-suggested');
  await samPanel.getByRole('button', { name: 'Agree to this date' }).click();
  await expect(samPanel.getByText(/^Your next check-in, agreed by you both: /)).toBeVisible();
  await expect(alexPanel.getByText(/^Your next check-in, agreed by you both: /)).toBeVisible();
  const agreedDate = (await alexPanel.locator('.check-in-date strong').textContent()) ?? '';
  expect(agreedDate).not.toBe('');

  const [download] = await Promise.all([samPage.waitForEvent('download'), samPanel.getByRole('button', { name: 'Add to my calendar (.ics)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const ics = readFileSync(await download.path(), 'utf8');
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toContain('BEGIN:VEVENT');
  await checkScreen(samPage, 't05-next-check-in-agreed');

  for (const page of [alexPage, samPage]) {
    await page.goto('/');
    await expect(page.getByText(`Next check-in: ${agreedDate}`)).toBeVisible();
  }
  await checkScreen(alexPage, 't06-home-next-check-in');
  await alexContext.close();
  await samContext.close();
});

test('alone, the date is one’s own and agreed at once', async ({ browser, baseURL, request }) => {
  const robin = await createPerson(request, 'Robin');
  const created = await request.post('/api/relationships', {
    headers: auth(robin),
    data: { kind: 'familyMember', label: 'My brother', partnerName: 'Kim', solo: true },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { relationshipId } = await created.json();
  await saveAndSubmit(request, robin, relationshipId, answers(2, 'me'));

  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, robin, `/r/${relationshipId}`);
  const panel = page.getByRole('region', { name: 'A date with yourself' });
  await panel.getByRole('radio', { name: /^In four weeks/ }).check();
  await panel.getByRole('button', { name: 'Set this date' }).click();
  await expect(panel.getByText(/^You’ll look again on /)).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Add to my calendar (.ics)' })).toBeVisible();
  await checkScreen(page, 't07-solo-date');
  await context.close();
});

test('email reminders: without a mail server the app says so, and an address kept can be removed', async ({ browser, baseURL, request }) => {
  const alex = await createPerson(request, 'Alex');
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, alex, '/your-data');
  const section = page.getByRole('region', { name: 'Reminders by email' });
  const me = await (await request.get('/api/me', { headers: auth(alex) })).json();
  expect(me.remindersAvailable).toBe(false); // the browser tests' host has no mail server configured
  await expect(section.getByText(/doesn’t send emails/)).toBeVisible();
  await expect(section.getByRole('textbox')).toHaveCount(0);
  await checkScreen(page, 't08-reminders-unavailable');

  // An address given anyway is only kept waiting for a confirmation this service cannot send: nothing goes to it.
  const saved = await request.put('/api/me/email', { headers: auth(alex), data: { email: 'alex@example.org' } });
  expect(saved.status(), await saved.text()).toBe(200);
  expect((await saved.json()).email ?? null).toBeNull();
  await page.reload();
  await expect(section.getByText('alex@example.org')).toBeVisible();
  await section.getByRole('button', { name: 'Remove my email address' }).click();
  await expect(section.getByRole('status')).toHaveText(/Your email address is removed/);
  const after = await (await request.get('/api/me', { headers: auth(alex) })).json();
  expect(after.email ?? null).toBeNull();
  expect(after.pendingEmail ?? null).toBeNull();
  await context.close();
});
