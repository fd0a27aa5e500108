import {
  checkScreen,
  createPerson,
  expect,
  expectSealed,
  perspective,
  saveAndSubmit,
  signIn,
  test,
} from './fixtures';
import {
  claimSeat,
  createHousehold,
  releasePair,
  sayFacilitates,
  seatCodeOf,
  seatPerson,
  sessionPairs,
  startHouseholdSession,
} from './practice-fixtures';

test.use({ actionTimeout: 20_000 });

test('a counsellor sees two households and runs a couple’s second session with a pre-read from one partner only', async ({ browser, baseURL, request }) => {
  const lee = await createPerson(request, 'Dr Lee');
  const sam = await createPerson(request, 'Sam');
  const alex = await createPerson(request, 'Alex');
  await sayFacilitates(request, lee);
  const parks = await createHousehold(request, lee, 'The Parks', 'couple');
  await createHousehold(request, lee, 'The Riveras', 'family');

  // The couple's first session, a month ago: both seated, both rated, opened.
  const first = await startHouseholdSession(request, lee, parks, 'First meeting');
  await seatPerson(request, lee, first.sessionId, 'Sam', sam);
  await seatPerson(request, lee, first.sessionId, 'Alex', alex);
  const [firstPair] = await sessionPairs(request, lee, first.sessionId);
  await saveAndSubmit(request, sam, firstPair.pairId, perspective('sam-first-3Kd'));
  await saveAndSubmit(request, alex, firstPair.pairId, perspective('alex-first-3Kd'));
  await releasePair(request, lee, first.sessionId, firstPair.pairId);

  const [leeContext, samContext, alexContext] = await Promise.all([1, 2, 3].map(() => browser.newContext({ baseURL })));
  const board = await leeContext.newPage();
  await signIn(board, lee);

  // The home leads with the clients; the consumer journey stays one tap away.
  const clients = board.getByRole('region', { name: 'Your clients' });
  await expect(clients.getByRole('link', { name: /The Parks/ })).toBeVisible();
  await expect(clients.getByRole('link', { name: /The Riveras/ })).toBeVisible();
  await expect(board.getByRole('link', { name: 'Start a facilitated session' })).toBeVisible();
  await checkScreen(board, 'p01-home-leads-with-clients');
  await clients.getByRole('link', { name: 'Your practice' }).click();
  await expect(board.getByRole('heading', { level: 1, name: 'Your practice' })).toBeVisible();
  await expect(board.getByRole('link', { name: 'Your three relationships' })).toBeVisible();
  await checkScreen(board, 'p02-practice');

  // The second session carries both seats: each partner confirms again with their own link.
  await board.getByRole('link', { name: /The Parks/ }).click();
  await expect(board.getByRole('heading', { level: 1, name: 'The Parks' })).toBeVisible();
  await board.getByRole('textbox', { name: 'Title' }).fill('A month on');
  await board.getByRole('button', { name: 'Start the session' }).click();
  const ready = board.getByRole('status').filter({ hasText: 'A month on is ready' });
  await expect(ready).toBeVisible();
  const samLink = await ready.getByRole('textbox', { name: 'Sam’s seat link' }).inputValue();
  const alexLink = await ready.getByRole('textbox', { name: 'Alex’s seat link' }).inputValue();
  await checkScreen(board, 'p03-second-session-carried-seats');

  // Sam confirms through the seat page and shares a pre-read; Alex confirms and shares none.
  const samPage = await samContext.newPage();
  await signIn(samPage, sam);
  await samPage.goto(`/seat/${seatCodeOf(samLink)}`);
  await expect(samPage.getByRole('note').filter({ hasText: 'Welcome back' })).toBeVisible();
  await checkScreen(samPage, 'p04-seat-welcome-back');
  await samPage.getByRole('button', { name: 'Take this seat as Sam' }).click();
  await expect(samPage.getByRole('heading', { level: 1, name: 'A month on' })).toBeVisible();
  await claimSeat(request, alex, alexLink);
  const secondId = new URL(samPage.url()).pathname.split('/').pop()!;
  const [pair] = await sessionPairs(request, lee, secondId);
  await saveAndSubmit(request, sam, pair.pairId, perspective('sam-second-8Pw'));
  await saveAndSubmit(request, alex, pair.pairId, perspective('alex-sealed-8Pw'));
  await samPage.reload();
  await samPage.getByRole('button', { name: 'Let Dr Lee read my answers before the session' }).click();
  await expect(samPage.getByText('You shared a pre-read with Dr Lee.')).toBeVisible();
  await checkScreen(samPage, 'p05-participant-pre-read-shared');

  // Alex is told that a pre-read was shared, and nothing of what it held.
  const alexPage = await alexContext.newPage();
  await signIn(alexPage, alex, `/sessions/${secondId}`);
  await expect(alexPage.getByText('Sam shared a pre-read with Dr Lee.')).toBeVisible();
  await expectSealed(alexPage, ['sam-second-8Pw'], 'Alex’s session page');
  await checkScreen(alexPage, 'p06-other-partner-told');

  // The counsellor reads Sam's pre-read before the room, and nothing of Alex's; then begins the session.
  await board.getByRole('link', { name: 'Open the session' }).click();
  const preReads = board.getByRole('region', { name: 'Pre-reads' });
  await expect(preReads.getByRole('heading', { name: 'Sam’s pre-read' })).toBeVisible();
  await expect(preReads.getByText('sam-second-8Pw-initiation')).toBeVisible();
  await expectSealed(board, ['alex-sealed-8Pw'], 'the counsellor’s board before the release');
  await checkScreen(board, 'p07-board-with-pre-read');
  await preReads.getByRole('button', { name: 'Begin the session' }).click();
  await expect(preReads.getByText('The session has begun')).toBeVisible();
  await samPage.reload();
  await expect(samPage.getByRole('button', { name: 'Take back my pre-read' })).toHaveCount(0);

  // Back on the practice: the household lists both sessions, in order.
  await board.goto('/practice');
  await board.getByRole('link', { name: /The Parks/ }).click();
  const sessions = board.getByRole('region', { name: 'Sessions over time' });
  await expect(sessions.getByRole('link')).toHaveText([/First meeting/, /A month on/]);

  // Once the second round is opened, the pair's movement across both sessions, drawn with the pair's own timeline.
  await releasePair(request, lee, secondId, pair.pairId);
  await board.reload();
  const across = board.getByRole('article', { name: 'Alex and Sam across sessions' });
  await expect(across.getByRole('img', { name: /Reaching out across two check-ins: Alex’s view and Sam’s/ })).toBeVisible();
  await checkScreen(board, 'p08-household-across-sessions');
  await Promise.all([leeContext, samContext, alexContext].map((c) => c.close()));
});
