// Each person in their own language (issue 23), at 360 px and axe clean: a pair where one reads Spanish and the other
// English through a shared round to the reveal; an Arabic person's solo reflection and its reveal, mirrored; a German
// facilitator's report, printed. The language is set as a person sets it: the browser's own language (the context's
// locale), or the choice in the footer once. Words are found through the catalogues by id (e2e/catalogue.ts).
import { resolve } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { fixedWord, say, type Language } from './catalogue';
import { expectSpeaking, phone } from './phones';
import { auth, codeOf, sessionAs } from './counsellor';
import {
  checkScreen,
  createPerson,
  expect,
  perspective,
  rateThroughScreens,
  saveAndSubmit,
  shareMyView,
  signIn,
  startAudit,
  test,
  type Person,
} from './fixtures';

const screenshotDir = resolve(import.meta.dirname, '../test-results/screenshots');

/** A fixed word of the method in the language's own words file, shown on the page (alone, or inside a line). */
async function expectFixedWord(page: Page, language: Language, path: string): Promise<void> {
  const word = fixedWord(language, path);
  expect(word, `src/words/method-words.${language}.json holds ${path}`).not.toBeNull();
  await expect(page.getByText(word!).first()).toBeVisible();
}

/** Nothing is wider than the phone: no text pushed or clipped off the side. */
async function expectNothingOffScreen(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the page is no wider than the screen').toBeLessThanOrEqual(0);
}

/** A person created from a browser speaking this language (POST /api/people: no `language`, so Accept-Language's). */
async function personIn(request: APIRequestContext, displayName: string, language: Language): Promise<Person> {
  const res = await request.post('/api/people', { data: { displayName }, headers: { 'Accept-Language': language } });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

async function storedLanguage(request: APIRequestContext, person: Person): Promise<unknown> {
  const me = await request.get('/api/me', { headers: auth(person) });
  expect(me.status(), await me.text()).toBe(200);
  return ((await me.json()) as { language?: unknown }).language;
}

test('a pair in two languages: Ana reads Spanish, Ben English, through a shared round to the reveal', async ({ browser, baseURL, request }) => {
  const ana = await personIn(request, 'Ana', 'es');
  const ben = await personIn(request, 'Ben', 'en');
  const relationshipId = await startAudit(request, ana, ben);
  const anaNote = 'Ana escribió: nos llamamos cada domingo';
  const anaAnswers = perspective('ana-words');
  anaAnswers.dimensions.initiation.note = anaNote;
  await saveAndSubmit(request, ana, relationshipId, anaAnswers);

  // Ana's phone speaks Spanish: the app starts in it, with nothing chosen yet.
  const anaPage = await phone(browser, baseURL, 'es-ES');
  await signIn(anaPage, ana, `/r/${relationshipId}`);
  await expectSpeaking(anaPage, 'es');

  // Ben's speaks English; he rates through the screens and shares.
  const benPage = await phone(browser, baseURL, 'en-GB');
  await signIn(benPage, ben, `/r/${relationshipId}`);
  await expectSpeaking(benPage, 'en');
  const benNote = 'Ben wrote: Sunday calls mean a lot';
  await expect(benPage.getByRole('heading', { level: 1, name: 'Your view' })).toBeVisible();
  await rateThroughScreens(benPage, {
    scores: [4, 3, 4, 3],
    leans: ['It flows both ways', 'It flows both ways', 'It flows both ways', 'It flows both ways'],
    notes: [benNote, 'ben-depth', 'ben-crisis', 'ben-upkeep'],
    overall: 4,
  });
  await shareMyView(benPage);

  // The reveal, at the same moment: each reads the other's words as written, and the fixed words in their own language.
  await expect(benPage.getByText(anaNote)).toBeVisible();
  await expect(anaPage.getByText(benNote)).toBeVisible();
  await expect(benPage.getByText(fixedWord('en', 'dimensions.initiation.title')!, { exact: true }).first()).toBeVisible();
  await expectFixedWord(anaPage, 'es', 'dimensions.initiation.title');
  await expectFixedWord(anaPage, 'es', 'scale.4');
  await expectSpeaking(anaPage, 'es');
  await checkScreen(anaPage, 'l10n-es-reveal');
  await checkScreen(benPage, 'l10n-en-reveal');
});

test('an Arabic reader’s solo reflection and its reveal: chosen once in the footer, the page mirrored, names in their own direction', async ({ browser, baseURL, request }) => {
  const huda = await personIn(request, 'Huda', 'en');
  const page = await phone(browser, baseURL, 'en-US');
  await signIn(page, huda);
  await expectSpeaking(page, 'en');

  // She chooses her language once, in the footer: the page turns at once, and it is kept with her.
  await page.getByRole('combobox', { name: say('en', 'i18n.LanguagePicker.label') }).selectOption('ar');
  await expectSpeaking(page, 'ar');
  await expect
    .poll(() => storedLanguage(request, huda), { message: 'PUT /api/me/language stored her choice', timeout: 10_000 })
    .toBe('ar');
  await page.reload();
  await expectSpeaking(page, 'ar');
  await checkScreen(page, 'l10n-ar-home');

  // A solo reflection about Sara (a name in Latin letters inside Arabic sentences), with notes in Arabic.
  const created = await request.post('/api/relationships', {
    headers: auth(huda),
    data: { kind: 'closeFriend', label: 'صديقة منذ الجامعة', partnerName: 'Sara 2', solo: true },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { relationshipId } = (await created.json()) as { relationshipId: string };
  const note = 'هي أول من يتصل بي حين أمرض';
  const answers = perspective('huda-words');
  answers.dimensions.initiation.note = note;
  await saveAndSubmit(request, huda, relationshipId, answers);

  await page.goto(`/r/${relationshipId}`);
  await expect(page.getByText(note)).toBeVisible();
  await expectSpeaking(page, 'ar');
  await expectFixedWord(page, 'ar', 'dimensions.initiation.title');

  // Mirrored: the brand stands at the right, the footer's choice starts from the right; nothing runs off the screen.
  const brand = await page.locator('.brand').boundingBox();
  expect(brand!.x + brand!.width, 'the brand ends at the right edge').toBeGreaterThan(360 - 40);
  const label = await page.locator('.language-picker label').boundingBox();
  const select = await page.locator('.language-picker select').boundingBox();
  expect(label!.x, 'the label comes first, on the right').toBeGreaterThan(select!.x);
  await expectNothingOffScreen(page);
  await checkScreen(page, 'l10n-ar-solo-reveal');
});

test('a German facilitator’s session report, printed', async ({ browser, baseURL, request }) => {
  const weber = await personIn(request, 'Dr. Weber', 'de');
  const created = await request.post('/api/sessions', { headers: auth(weber), data: { title: 'Familie Yilmaz', kind: 'couple' } });
  expect(created.status(), await created.text()).toBe(201);
  const { sessionId } = (await created.json()) as { sessionId: string };
  const people: Person[] = [];
  for (const name of ['Deniz', 'Jonas']) {
    const seat = await request.post(`/api/sessions/${sessionId}/participants`, { headers: auth(weber), data: { name } });
    expect(seat.status(), await seat.text()).toBe(201);
    const person = await createPerson(request, name);
    const claimed = await request.post(`/api/seats/${codeOf((await seat.json()).seatUrl)}/claim`, { headers: auth(person) });
    expect(claimed.status(), await claimed.text()).toBe(200);
    people.push(person);
  }
  for (const [i, person] of people.entries()) {
    const { pairs } = await sessionAs(request, person, sessionId);
    await saveAndSubmit(request, person, pairs[0]!.relationshipId!, perspective(`${['deniz', 'jonas'][i]}-worte`, 3));
  }
  const { pairs } = (await sessionAs(request, weber, sessionId)) as unknown as { pairs: { pairId: string }[] };
  const released = await request.post(`/api/sessions/${sessionId}/pairs/${pairs[0]!.pairId}/release`, { headers: auth(weber) });
  expect(released.status(), await released.text()).toBe(200);

  // Her browser speaks German.
  const page = await phone(browser, baseURL, 'de-DE');
  await signIn(page, weber, `/sessions/${sessionId}/report`);
  await expectSpeaking(page, 'de');
  await expect(page.getByText('deniz-worte-initiation').first()).toBeVisible(); // free text as written
  await expectFixedWord(page, 'de', 'report.confidential');
  await expectFixedWord(page, 'de', 'dimensions.depth.title');
  await expectNothingOffScreen(page); // German's long words in a three-column table
  await checkScreen(page, 'l10n-de-report');

  // Printed on A4: the words still German, the pages screenshotted.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.screenshot({ path: resolve(screenshotDir, 'l10n-de-report-print.png'), fullPage: true, animations: 'disabled' });
  await page.emulateMedia({ media: 'screen' });
});
