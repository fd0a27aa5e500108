// A person's safety before sharing, in every language (issue 23): a family session whose facilitator reads English,
// where Ana takes her seat and rates in Spanish and answers "No" at the safety check (her view stays hers, the help
// comes in Spanish, the board shows only a status, in English), and Omar, in Arabic, answers "Yes" and shares on a
// mirrored page; then the quick exit from an Arabic seat page, which leaves at once even while the help is still on
// its way. Each person on their own phone (360 px) whose browser speaks their language; words found by catalogue id.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { fixedWord, say, type Language } from './catalogue';
import { expectSpeaking, phone } from './phones';
import { auth, codeOf, pairCard } from './counsellor';
import { checkScreen, createPerson, expect, expectSealed, perspective, saveAndSubmit, signIn, test, type Person } from './fixtures';

test.use({ actionTimeout: 20_000 });

/** The general help as the host words it in a language (its catalogue part), to find it on the page. */
function hostHelp(language: Language): Record<string, string> {
  const file = resolve(import.meta.dirname, `../../src/Reciprocity.Host/Words/Catalogue/${language}/help.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
}

/** Nothing runs off the phone's screen, and no element in `within` cuts its own text short. */
async function expectNothingClipped(page: Page, within: Locator): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the page is no wider than the screen').toBeLessThanOrEqual(0);
  const clipped = await within.evaluate((root) =>
    [root, ...root.querySelectorAll('*')]
      .filter((e) => e instanceof HTMLElement && e.offsetParent !== null && !e.classList.contains('visually-hidden'))
      .filter((e) => {
        const box = e.getBoundingClientRect();
        return e.scrollWidth > e.clientWidth + 1 || box.left < -1 || box.right > document.documentElement.clientWidth + 1;
      })
      .map((e) => `${e.tagName.toLowerCase()} “${(e.textContent ?? '').trim().slice(0, 40)}”`),
  );
  expect(clipped, 'elements whose text is cut or off the screen').toEqual([]);
}

/** A session's seat taken on a phone that never used Reciprocity: the seat page, then "Take my seat" under the given name. */
async function takeSeat(page: Page, language: Language, seatUrl: string, facilitator: string, title: string, name: string, screenshot?: string) {
  await page.goto(`/seat/${codeOf(seatUrl)}`);
  await expect(page.getByRole('heading', { level: 1, name: say(language, 'sessions.SeatScreen.invites', { f: facilitator, title }) })).toBeVisible();
  await expectSpeaking(page, language);
  if (screenshot) await checkScreen(page, screenshot);
  await expect(page.getByRole('textbox', { name: say(language, 'sessions.SeatScreen.nameLabel') })).toHaveValue(name);
  await page.getByRole('button', { name: say(language, 'sessions.SeatScreen.submit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: say(language, 'sessions.SeatScreen.taken') })).toBeVisible();
  await page.getByRole('link', { name: say(language, 'sessions.SeatScreen.goToSession') }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Rates a session pair through the screens in `language`, up to the review (not shared yet). */
async function rateIn(page: Page, language: Language, notes: [string, string, string, string]): Promise<void> {
  const next = say(language, 'screens.Rating.next');
  await expect(page.getByRole('heading', { level: 1, name: say(language, 'screens.RelationshipScreen.ratingTitle', { solo: 'no', later: 'no', checkIn: '' }) })).toBeVisible();
  for (let i = 0; i < 4; i++) {
    await expect(page.getByText(say(language, 'rating.RatingProgress.count', { step: i + 1, steps: 7 }))).toBeVisible();
    await page.locator('fieldset.scale').getByRole('radio').nth([3, 4, 2, 3][i]!).check();
    await page.getByRole('radio', { name: fixedWord(language, 'leansMine.neither')!, exact: true }).check();
    await page.getByRole('textbox', { name: say(language, 'rating.DimensionStep.noteLabel') }).fill(notes[i]!);
    await page.getByRole('button', { name: next, exact: true }).click();
  }
  await page.getByRole('group', { name: say(language, 'rating.OverallStep.legend') }).getByRole('radio').nth(3).check();
  await page.getByRole('button', { name: next, exact: true }).click();
  await page.getByRole('button', { name: say(language, 'screens.Rating.review'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: say(language, 'rating.ReviewStep.title', { solo: 'no' }) })).toBeVisible();
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
}

/** From the review: "Share my view", and the safety question about `other`, asked in the reader's language. */
async function askedIfSafe(page: Page, language: Language, other: string): Promise<Locator> {
  await page.getByRole('button', { name: say(language, 'rating.ReviewStep.submit', { solo: 'no' }) }).click();
  await expect(page.getByRole('heading', { level: 2, name: say(language, 'relationship.SafetyCheck.question', { name: other }) })).toBeFocused();
  const check = page.locator('section.safety-check');
  await expect(check.getByText(say(language, 'relationship.SafetyCheck.explain', { name: other }))).toBeVisible();
  await expect(check.getByRole('button', { name: say(language, 'relationship.SafetyCheck.yes') })).toBeVisible();
  await expect(check.getByRole('button', { name: say(language, 'relationship.SafetyCheck.no') })).toBeVisible();
  return check;
}

async function getJson<T>(request: APIRequestContext, person: Person, path: string): Promise<T> {
  const res = await request.get(path, { headers: auth(person) });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as T;
}

/** The person a phone became when it took a seat: its key, from the phone's own storage. */
async function personOn(page: Page, displayName: string): Promise<Person> {
  const accessKey = await page.evaluate(() => localStorage.getItem('reciprocity.accessKey'));
  expect(accessKey, `${displayName}’s phone holds a key`).toBeTruthy();
  return { personId: '', displayName, accessKey: accessKey! };
}

interface SessionJson {
  sessionId: string;
  participants: { seatId: string; name: string }[];
  pairs: { pairId: string; seats: [string, string]; relationshipId: string | null; statuses: Record<string, string> }[];
}

/** A family session opened by the facilitator through the API, with a seat link for each name, in order. */
async function familySession(request: APIRequestContext, facilitator: Person, title: string, names: string[]) {
  const created = await request.post('/api/sessions', { headers: auth(facilitator), data: { title, kind: 'family' } });
  expect(created.status(), await created.text()).toBe(201);
  const { sessionId } = (await created.json()) as { sessionId: string };
  const seatUrls = new Map<string, string>();
  for (const name of names) {
    const seat = await request.post(`/api/sessions/${sessionId}/participants`, { headers: auth(facilitator), data: { name } });
    expect(seat.status(), await seat.text()).toBe(201);
    seatUrls.set(name, (await seat.json()).seatUrl as string);
  }
  return { sessionId, seatUrls };
}

const ANA_NOTES: [string, string, string, string] = ['zq-ana-alcance', 'zq-ana-profundidad', 'zq-ana-crisis', 'zq-ana-cuidado'];
const OMAR_NOTES: [string, string, string, string] = ['يتصل بي أولًا zq-omar-1', 'zq-omar-2', 'zq-omar-3', 'zq-omar-4'];

test('a family session in three languages: Ana keeps her view private in Spanish, Omar shares in Arabic, the board stays English and shows a status only', async ({
  browser,
  baseURL,
  request,
}) => {
  test.slow(); // three phones and five screens scanned at two widths: more than the usual five minutes on two busy cores
  const lee = await createPerson(request, 'Dr Lee');
  const title = 'The Riveras';
  const { sessionId, seatUrls } = await familySession(request, lee, title, ['Ana', 'Omar', 'Ben']);
  const ben = await createPerson(request, 'Ben');
  const claimed = await request.post(`/api/seats/${codeOf(seatUrls.get('Ben')!)}/claim`, { headers: auth(ben) });
  expect(claimed.status(), await claimed.text()).toBe(200);

  // Dr Lee's board, in English.
  const board = await phone(browser, baseURL, 'en-GB');
  await signIn(board, lee, `/sessions/${sessionId}`);
  await expect(board.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expectSpeaking(board, 'en');

  // Omar and Ana take their seats on their own phones: Arabic, then Spanish.
  const omarPage = await phone(browser, baseURL, 'ar-EG');
  await takeSeat(omarPage, 'ar', seatUrls.get('Omar')!, 'Dr Lee', title, 'Omar', 'sl-ar-seat');
  const anaPage = await phone(browser, baseURL, 'es-ES');
  await takeSeat(anaPage, 'es', seatUrls.get('Ana')!, 'Dr Lee', title, 'Ana');
  const omar = await personOn(omarPage, 'Omar');
  const session = await getJson<SessionJson>(request, lee, `/api/sessions/${sessionId}`);
  const seatOf = new Map(session.participants.map((p) => [p.name, p.seatId]));
  const pairOf = (a: string, b: string) => session.pairs.find((p) => p.seats.includes(seatOf.get(a)!) && p.seats.includes(seatOf.get(b)!))!;
  const anaOmar = pairOf('Ana', 'Omar');
  const omarBen = pairOf('Omar', 'Ben');
  expect(anaOmar.relationshipId && omarBen.relationshipId, 'both pairs began once every seat was taken').toBeTruthy();

  // Ana rates her pair with Omar in Spanish and, asked privately, answers "No".
  await anaPage.locator('a.card-link').filter({ hasText: 'Omar' }).click();
  await rateIn(anaPage, 'es', ANA_NOTES);
  const omarBefore = await getJson(request, omar, `/api/relationships/${anaOmar.relationshipId}`);
  const anaCheck = await askedIfSafe(anaPage, 'es', 'Omar');
  await expectSpeaking(anaPage, 'es');
  await checkScreen(anaPage, 'sl-es-safety-check');
  await anaCheck.getByRole('button', { name: say('es', 'relationship.SafetyCheck.no') }).click();

  // Her view stays hers, and the help opens in Spanish: the host's general help in her words, none in English.
  await expect(anaPage.getByRole('heading', { level: 1, name: say('es', 'screens.HelpScreen.staysTitle') })).toBeVisible();
  await expect(anaPage).toHaveURL(/\/help\/[0-9a-f-]{36}$/);
  const help = anaPage.getByRole('region', { name: say('es', 'components.HelpResources.title') });
  const spanish = hostHelp('es');
  for (const key of ['help.danger.name', 'help.helpline.name', 'help.trusted.name', 'help.private.name']) {
    await expect(help.getByRole('heading', { level: 3, name: spanish[key]! })).toBeVisible();
  }
  await expect(help.getByText(spanish['help.danger.description']!)).toBeVisible();
  for (const english of Object.values(hostHelp('en'))) await expect(anaPage.getByText(english)).toHaveCount(0);
  await expect(anaPage.getByRole('region', { name: say('es', 'screens.HelpScreen.privateTitle') }).getByText(ANA_NOTES[1], { exact: false })).toBeVisible();
  await expectSpeaking(anaPage, 'es');
  await checkScreen(anaPage, 'sl-es-help');

  // Nothing of hers reached Omar or the pair; Dr Lee's board, in English, shows only that she chose not to share.
  expect(await getJson(request, omar, `/api/relationships/${anaOmar.relationshipId}`)).toEqual(omarBefore);
  const shared = JSON.stringify(await getJson(request, lee, `/api/sessions/${sessionId}`));
  for (const note of ANA_NOTES) expect(shared).not.toContain(note);
  const card = pairCard(board, 'Ana and Omar');
  await expect(card.locator('[data-seat-status="keptPrivate"]')).toHaveText('Ana: Chose to keep their answers private for now');
  await expectSpeaking(board, 'en');
  await expectSealed(board, ANA_NOTES, 'Dr Lee’s board');
  await checkScreen(board, 'sl-en-board-kept-private');

  // Omar, in Arabic: Ben finished their pair already; Omar rates it and, asked the same question, answers "Yes".
  await saveAndSubmit(request, ben, omarBen.relationshipId!, perspective('ben-words', 3));
  await omarPage.locator('a.card-link').filter({ hasText: 'Ben' }).click();
  await rateIn(omarPage, 'ar', OMAR_NOTES);
  const omarCheck = await askedIfSafe(omarPage, 'ar', 'Ben');
  await expectSpeaking(omarPage, 'ar');
  // Mirrored: the question reads right to left from its right edge, the "Yes" button stands right of the "No"; nothing is cut.
  const question = await omarCheck.getByRole('heading', { level: 2 }).evaluate((h) => {
    const range = document.createRange();
    range.selectNodeContents(h);
    const style = getComputedStyle(h);
    return {
      direction: style.direction,
      gap: h.getBoundingClientRect().right - parseFloat(style.paddingRight) - range.getClientRects()[0]!.right,
    };
  });
  expect(question.direction).toBe('rtl');
  expect(Math.abs(question.gap), 'the question’s first line starts at its right edge').toBeLessThanOrEqual(2);
  const yes = await omarCheck.getByRole('button', { name: say('ar', 'relationship.SafetyCheck.yes') }).boundingBox();
  const no = await omarCheck.getByRole('button', { name: say('ar', 'relationship.SafetyCheck.no') }).boundingBox();
  expect(yes!.x, 'the first answer stands on the right').toBeGreaterThan(no!.x);
  await expectNothingClipped(omarPage, omarCheck);
  await checkScreen(omarPage, 'sl-ar-safety-check');
  await omarCheck.getByRole('button', { name: say('ar', 'relationship.SafetyCheck.yes') }).click();
  await expect(omarCheck).toHaveCount(0);
  await expect(pairCard(board, 'Omar and Ben')).toHaveAttribute('data-pair-standing', 'ready');
  await expect(omarPage.getByText(say('ar', 'screens.HelpScreen.staysTitle'))).toHaveCount(0);
  await expectSpeaking(omarPage, 'ar');
  await expectNothingClipped(omarPage, omarPage.locator('main'));
  await checkScreen(omarPage, 'sl-ar-shared');
  await expectSealed(omarPage, ANA_NOTES, 'Omar’s phone');
  await Promise.all([board.context().close(), anaPage.context().close(), omarPage.context().close()]);
});

test('the quick exit from an Arabic seat page, by its button and by three Escapes, leaves at once while the help is still on its way', async ({
  browser,
  baseURL,
  request,
}) => {
  const lee = await createPerson(request, 'Dr Lee');
  const { seatUrls } = await familySession(request, lee, 'The Haddads', ['Layla', 'Sami']);
  const page = await phone(browser, baseURL, 'ar');
  // The neutral page answered here (no test needs the internet); the help is asked for and never answered.
  await page.route(/^https?:\/\/(www\.)?weather\.com\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>Weather</title><h1>Weather today</h1>' }),
  );
  const helpAsked: string[] = [];
  await page.route('**/api/help', (route) => {
    helpAsked.push(route.request().headers()['accept-language'] ?? '');
  });
  const appStorage = () => page.evaluate(() => Object.keys({ ...localStorage, ...sessionStorage }).filter((k) => k.startsWith('reciprocity.')));

  // The button.
  await page.goto(`/seat/${codeOf(seatUrls.get('Layla')!)}`);
  await expect(page.getByRole('heading', { level: 1, name: say('ar', 'sessions.SeatScreen.invites', { f: 'Dr Lee', title: 'The Haddads' }) })).toBeVisible();
  await expectSpeaking(page, 'ar');
  await expect.poll(() => helpAsked, { message: 'the help was asked for, in Arabic' }).toContain('ar');
  await checkScreen(page, 'sl-ar-seat-quick-exit');
  const started = Date.now();
  await page.getByRole('button', { name: say('ar', 'components.QuickExit.button') }).click();
  await expect(page).toHaveURL(/weather\.com/, { timeout: 10_000 });
  expect(Date.now() - started, 'left within moments, even on two busy cores').toBeLessThan(10_000);
  await expect(page.getByRole('heading', { name: 'Weather today' })).toBeVisible();
  await page.goto('/');
  expect(await appStorage()).toEqual([]);

  // Three Escapes, once Sami has taken his seat on this phone (his key and language kept here): his session's page.
  await takeSeat(page, 'ar', seatUrls.get('Sami')!, 'Dr Lee', 'The Haddads', 'Sami');
  await expectSpeaking(page, 'ar');
  expect(await appStorage()).toContain('reciprocity.accessKey');
  // The help is still unanswered (held above, for ever): leaving at all shows the quick exit does not wait for it.
  const again = Date.now();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/weather\.com/, { timeout: 10_000 });
  expect(Date.now() - again, 'left within moments, even on two busy cores').toBeLessThan(10_000);
  await page.goto('/');
  expect(await appStorage()).toEqual([]);
  await page.context().close();
});
