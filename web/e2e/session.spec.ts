import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkScreen,
  createPerson,
  expect,
  expectSealed,
  perspective,
  rateThroughScreens,
  recordHubFrames,
  saveAndSubmit,
  shareMyView,
  signIn,
  test,
  type Person,
} from './fixtures';
import { addPerson, auth, codeOf, pairCard, sessionAs, startSession } from './counsellor';

// A step that cannot happen fails within the expect timeout, not the test's five minutes.
test.use({ actionTimeout: 20_000 });

const screenshotDir = resolve(dirname(fileURLToPath(import.meta.url)), '../test-results/screenshots');

const SAM = {
  scores: [2, 4, 3, 2] as [number, number, number, number],
  leans: ['I mostly give', 'It flows both ways', 'I mostly receive', 'I mostly give'] as [string, string, string, string],
  notes: ['sam-reaching-7Qz', 'sam-depth-7Qz', 'sam-crisis-7Qz', 'sam-upkeep-7Qz'] as [string, string, string, string],
  overall: 2,
  picture: 'sam-picture-7Qz',
};
const ALEX_PRIVATE = 'alex-only-for-me-4Wx';

test('a couple session: seats claimed by link, each rates, the board follows live, the facilitator opens it, the shared screen shows it', async ({
  browser,
  baseURL,
  request,
}) => {
  const lee = await createPerson(request, 'Dr Lee');
  const alex = await createPerson(request, 'Alex');
  const [leeContext, samContext, alexContext] = await Promise.all([1, 2, 3].map(() => browser.newContext({ baseURL })));
  const board = await leeContext.newPage();
  const leeFrames = recordHubFrames(board);
  await signIn(board, lee);
  await startSession(board, 'Sam and Alex', 'A couple', 's00-new-session');
  const samLink = await addPerson(board, 'Sam');
  const alexLink = await addPerson(board, 'Alex');
  await expect(board.getByRole('textbox', { name: 'Name of a person taking part' })).toHaveCount(0); // a couple is two
  await expect(board.locator('[data-connection="connected"]')).toBeVisible();
  await checkScreen(board, 's01-board-seats');

  // Sam opens the link on a device that has never used Reciprocity: the seat page says what Dr Lee will see.
  const sam = await samContext.newPage();
  await sam.goto(samLink);
  await expect(sam.getByRole('heading', { level: 1, name: 'Dr Lee invites you to “Sam and Alex”' })).toBeVisible();
  const terms = sam.getByRole('region', { name: 'What Dr Lee will and won’t see' });
  await expect(terms).toContainText('Never what you write');
  await expect(terms).toContainText('cannot rate for you, or change anything you write');
  await checkScreen(sam, 's02-seat');
  await expect(sam.getByRole('textbox', { name: 'Your name in Reciprocity' })).toHaveValue('Sam');
  await sam.getByRole('button', { name: 'Take my seat' }).click();
  await expect(sam.getByRole('heading', { level: 1, name: 'You have taken your seat' })).toBeVisible();
  await sam.getByRole('link', { name: 'Go to the session' }).click();
  await expect(sam.getByRole('heading', { level: 1, name: 'Sam and Alex' })).toBeVisible();
  await expect(sam.getByText('It opens once Alex has taken their seat.')).toBeVisible();
  await checkScreen(sam, 's07-participant-session');
  await expect(board.locator('[data-seat="Sam"]')).toContainText('Has taken their seat');

  // Alex already uses Reciprocity in this browser and takes the seat as themselves.
  const alexPage = await alexContext.newPage();
  await signIn(alexPage, alex);
  await alexPage.goto(alexLink);
  await alexPage.getByRole('button', { name: 'Take this seat as Alex' }).click();
  await expect(alexPage.getByRole('heading', { level: 1, name: 'Sam and Alex' })).toBeVisible();
  await expect(board.locator('[data-seat="Alex"]')).toContainText('Has taken their seat');
  await expect(pairCard(board, 'Sam and Alex')).toHaveAttribute('data-pair-standing', 'rating');

  // A second open of a used seat link: a kind page.
  const stranger = await browser.newContext({ baseURL });
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(alexLink);
  await expect(strangerPage.getByRole('heading', { level: 1, name: 'This seat has already been taken' })).toBeVisible();
  await stranger.close();

  // Sam rates through the screens; the board follows each step without a reload.
  await sam.getByRole('link', { name: /With Alex/ }).click();
  await expect(sam.getByRole('heading', { level: 1, name: 'Your view' })).toBeVisible();
  const relationshipId = new URL(sam.url()).pathname.split('/').pop()!;
  await rateThroughScreens(sam, SAM);
  await expect(pairCard(board, 'Sam and Alex').locator('[data-seat-status="inProgress"]')).toContainText('Sam');
  await shareMyView(sam);
  await expect(sam.getByRole('heading', { level: 1, name: 'Thank you. Your view is sealed.' })).toBeVisible();
  await expect(sam.getByText('Your facilitator opens it for you both when the time is right.')).toBeVisible();
  await expect(pairCard(board, 'Sam and Alex').locator('[data-seat-status="submitted"]')).toContainText('Sam');

  // Alex shares from another device, one note only for them: the pair is ready, and nothing opens by itself.
  await alexPage.goto(`/r/${relationshipId}`);
  const alexAnswers = perspective('alex-words');
  alexAnswers.dimensions.depth = { ...alexAnswers.dimensions.depth, note: ALEX_PRIVATE, private: true } as typeof alexAnswers.dimensions.depth;
  await saveAndSubmit(request, alex, relationshipId, alexAnswers);
  await expect(pairCard(board, 'Sam and Alex')).toHaveAttribute('data-pair-standing', 'ready');
  await expect(alexPage.getByRole('heading', { level: 1, name: 'Thank you. Your view is sealed.' })).toBeVisible();
  const secrets = [...SAM.notes, SAM.picture, 'alex-words', ALEX_PRIVATE];
  await expectSealed(board, secrets, 'the board before the release');
  for (const secret of secrets) expect(leeFrames.join('\n'), `"${secret}" in the facilitator's hub frames`).not.toContain(secret);
  await checkScreen(board, 's03-board-ready');

  // The release: both pages open at the same moment, the board says so.
  await board.getByRole('button', { name: 'Open this pair: Sam and Alex' }).click();
  const opened = { level: 1, name: 'Two perspectives, side by side' } as const;
  await Promise.all([expect(sam.getByRole('heading', opened)).toBeVisible(), expect(alexPage.getByRole('heading', opened)).toBeVisible()]);
  await expect(sam.getByText('alex-words-initiation')).toBeVisible();
  await expect(pairCard(board, 'Sam and Alex')).toHaveAttribute('data-pair-standing', 'opened');

  // The shared screen: both perspectives, never a private note.
  await board.getByRole('link', { name: 'Show Sam and Alex on the shared screen' }).click();
  const shown = board.getByRole('article', { name: 'Sam and Alex' });
  await expect(shown).toBeVisible();
  // The session alone: no menu, no quick exit, one title (issue 20).
  await expect(board.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(board.getByRole('button', { name: 'Quick exit' })).toHaveCount(0);
  await expect(board.getByRole('contentinfo')).toHaveCount(0);
  await expect(board.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(board.getByRole('heading', { level: 1 })).toHaveText('Sam and Alex');
  await expect(shown.getByRole('heading', { level: 2, name: 'Sam and Alex' })).toHaveClass(/visually-hidden/);
  // The pair's starting points first, then one dimension at a time (issue 21).
  await expect(shown.getByRole('heading', { level: 3, name: /Where to start/ })).toBeVisible();
  await board.getByRole('button', { name: 'Next: Reaching out' }).click();
  await expect(shown.getByText('sam-reaching-7Qz')).toBeVisible();
  await expect(shown.getByText('alex-words-initiation')).toBeVisible();
  await expect(shown.getByText(/A question to start with/).first()).toBeVisible();
  await expectSealed(board, [ALEX_PRIVATE], 'the shared screen');
  expect(leeFrames.join('\n')).not.toContain(ALEX_PRIVATE);
  await expectSealed(sam, [ALEX_PRIVATE], 'Sam after the release');
  await checkScreen(board, 's04-present');
  await Promise.all([leeContext.close(), samContext.close(), alexContext.close()]);
});

test('as a new facilitator would: a family of three set up, claimed, rated, opened pair by pair, and the report printed', async ({ page, request }) => {
  const okafor = await createPerson(request, 'Dr Okafor');
  await signIn(page, okafor);
  await startSession(page, 'The Rivera family', 'A family');
  const names = ['Maria', 'Luis', 'Ana'];
  const links: string[] = [];
  for (const name of names) links.push(await addPerson(page, name));
  const sessionId = new URL(page.url()).pathname.split('/').pop()!;

  // Every pair, to begin with: three people, three pairs.
  const chooser = page.getByRole('region', { name: 'Which pairs reflect together' });
  await expect(chooser.getByRole('checkbox')).toHaveCount(3);
  for (const box of await chooser.getByRole('checkbox').all()) await expect(box).toBeChecked();
  await expect(page.locator('[data-pair-standing="waitingForSeats"]')).toHaveCount(3);

  // Each takes their seat (on their own phones), and the board follows.
  const people: Person[] = [];
  for (const [i, name] of names.entries()) {
    const person = await createPerson(request, name);
    const claimed = await request.post(`/api/seats/${codeOf(links[i])}/claim`, { headers: auth(person) });
    expect(claimed.status(), await claimed.text()).toBe(200);
    people.push(person);
  }
  await expect(page.locator('[data-pair-standing="rating"]')).toHaveCount(3);
  const stale = await request.get(`/api/seats/${codeOf(links[0])}`);
  expect(stale.status()).toBe(410);

  // Each rates each of their pairs.
  for (const [i, person] of people.entries()) {
    const { pairs } = await sessionAs(request, person, sessionId);
    expect(pairs).toHaveLength(2);
    for (const pair of pairs) await saveAndSubmit(request, person, pair.relationshipId!, perspective(`${names[i]}-words`, 3));
  }
  await expect(page.locator('[data-pair-standing="ready"]')).toHaveCount(3);

  // Opened pair by pair, as the room is ready for each.
  for (const pair of ['Maria and Luis', 'Maria and Ana', 'Luis and Ana']) {
    await page.getByRole('button', { name: `Open this pair: ${pair}` }).click();
    await expect(pairCard(page, pair)).toHaveAttribute('data-pair-standing', 'opened');
  }
  const NOTES = 'okafor-notes: the family wants to come back in a month';
  await page.getByRole('textbox', { name: 'Notes on check-in 1' }).fill(NOTES);
  await page.getByRole('button', { name: 'Save notes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  // The report: every pair as opened; the notes only when asked for.
  await page.getByRole('link', { name: 'Report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The Rivera family: check-in 1' })).toBeVisible();
  for (const [a, b] of [['Maria', 'Luis'], ['Maria', 'Ana'], ['Luis', 'Ana']]) {
    const table = page.getByRole('region', { name: `${a} and ${b}` }).getByRole('table');
    await expect(table).toContainText(`${a}-words-initiation`);
    await expect(table).toContainText(`${b}-words-initiation`);
  }
  await expect(page.getByText(NOTES)).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Include my notes' }).check();
  await expect(page.getByText(NOTES)).toBeVisible();
  await checkScreen(page, 's05-report');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as Markdown' }).click()]);
  expect(download.suggestedFilename()).toBe('session-report.md');
  const markdown = readFileSync((await download.path())!, 'utf8');
  expect(markdown).toContain('Maria');
  expect(markdown).toContain(NOTES);

  // The print preview: no navigation, no buttons; the pages themselves kept with the test results.
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'The Rivera family: check-in 1' })).toBeVisible();
  await page.screenshot({ path: resolve(screenshotDir, 's06-report-print.png'), fullPage: true, animations: 'disabled' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages, 'pages counted in the PDF').toBeGreaterThanOrEqual(1);
  expect(pages, 'the report fits a few A4 pages').toBeLessThanOrEqual(4);
  await page.emulateMedia({ media: 'screen' });

  // A month later: the next check-in gives every pair a fresh round.
  await page.getByRole('link', { name: 'Back to the board' }).click();
  await page.getByRole('button', { name: 'Start the next check-in' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Check-in 2' })).toBeVisible();
  await expect(page.locator('[data-pair-standing="rating"]')).toHaveCount(3);
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Facilitated sessions' }).getByRole('link', { name: 'The Rivera family' })).toBeVisible();
});
