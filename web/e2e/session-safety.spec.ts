import type { APIRequestContext, Browser, Page } from '@playwright/test';
import {
  checkScreen,
  createPerson,
  expect,
  expectSealed,
  perspective,
  rateThroughScreens,
  saveAndSubmit,
  signIn,
  startAudit,
  test,
  type Person,
} from './fixtures';
import { pairCard } from './counsellor';

// Issue 20: the safety check's "no" works the same however a perspective is shared, and a family session whose pair
// waits on someone who chose not to share can leave that pair out and go on.
test.use({ actionTimeout: 20_000 });

const auth = (p: Person) => ({ Authorization: `Bearer ${p.accessKey}` });
const codeOf = (seatLink: string) => new URL(seatLink).pathname.split('/').pop()!;

const ALEX = {
  scores: [2, 4, 1, 3] as [number, number, number, number],
  leans: ['I mostly give', 'It flows both ways', 'I mostly receive', 'I mostly give'] as [string, string, string, string],
  notes: ['zq-unsafe-reaching', 'zq-unsafe-depth', 'zq-unsafe-crisis', 'zq-unsafe-upkeep'] as [string, string, string, string],
  overall: 4,
};

interface SessionJson {
  sessionId: string;
  participants: { seatId: string; name: string }[];
  pairs: { pairId: string; seats: [string, string]; relationshipId: string | null; statuses: Record<string, string>; leftOut?: boolean }[];
}

async function getJson<T>(request: APIRequestContext, person: Person, path: string): Promise<T> {
  const res = await request.get(path, { headers: auth(person) });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as T;
}

/** A session opened by the facilitator through the API, with a seat claimed by a new person for each name. */
async function seatedSession(request: APIRequestContext, facilitator: Person, kind: 'couple' | 'family', names: string[]) {
  const created = await request.post('/api/sessions', { headers: auth(facilitator), data: { title: 'The Riveras', kind } });
  expect(created.status(), await created.text()).toBe(201);
  const { sessionId } = (await created.json()) as { sessionId: string };
  const people = new Map<string, Person>();
  for (const name of names) {
    const seat = await request.post(`/api/sessions/${sessionId}/participants`, { headers: auth(facilitator), data: { name } });
    expect(seat.status(), await seat.text()).toBe(201);
    const person = await createPerson(request, name);
    const claimed = await request.post(`/api/seats/${codeOf((await seat.json()).seatUrl)}/claim`, { headers: auth(person) });
    expect(claimed.status(), await claimed.text()).toBe(200);
    people.set(name, person);
  }
  const view = await getJson<SessionJson>(request, facilitator, `/api/sessions/${sessionId}`);
  const seatOf = new Map(view.participants.map((p) => [p.name, p.seatId]));
  const pairOf = (a: string, b: string) => view.pairs.find((p) => p.seats.includes(seatOf.get(a)!) && p.seats.includes(seatOf.get(b)!))!;
  return { sessionId, people, seatOf, pairOf };
}

/** From the review step: asked the safety question, the person answers "no", and the help opens. */
async function answerNo(page: Page, screenshot?: string): Promise<void> {
  await page.getByRole('button', { name: 'Share my view' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Do you feel safe sharing this with / })).toBeFocused();
  await page.getByRole('button', { name: 'No, keep it private' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your answers stay with you' })).toBeVisible();
  await expect(page).toHaveURL(/\/help\/[0-9a-f-]{36}$/);
  // The other is named as the sentence reads: by the name this person gave, or, where no name is kept (a session's
  // pair), as "the other person"; never by the English description the host keeps in a name's place ("Your partner").
  await expect(page.locator('p.lead')).toContainText(/^Nothing was shared( with \S|, and the other person is not told)/);
  await expect(page.locator('p.lead')).not.toContainText(/with Your |and Your |with The |and The /);
  await expect(page.locator('p.lead')).not.toContainText(/your (partner|close friend|family member)/i);
  await expect(page.getByRole('heading', { level: 2, name: 'If you are in danger, or need someone to talk to' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your private reflection' }).getByText(`“${ALEX.notes[1]}”`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Yes, share it' })).toHaveCount(0);
  if (screenshot) await checkScreen(page, screenshot);
}

async function pageFor(browser: Browser, baseURL: string | undefined, person: Person, path = '/'): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, person, path);
  return page;
}

for (const way of ['a pair that opens at once', 'a together round', 'a session seat'] as const) {
  test(`the safety “no” in ${way}: the view stays private, nothing changes for the other person, and the help opens`, async ({ browser, baseURL, request }) => {
    const alex = await createPerson(request, 'Alex');
    const sam = await createPerson(request, 'Sam');
    let relationshipId: string;
    let samSession: (() => Promise<unknown>) | null = null;
    if (way === 'a session seat') {
      const lee = await createPerson(request, 'Dr Lee');
      const created = await request.post('/api/sessions', { headers: auth(lee), data: { title: 'Sam & Alex', kind: 'couple' } });
      const { sessionId } = (await created.json()) as { sessionId: string };
      for (const [name, person] of [['Alex', alex], ['Sam', sam]] as const) {
        const seat = await request.post(`/api/sessions/${sessionId}/participants`, { headers: auth(lee), data: { name } });
        const claimed = await request.post(`/api/seats/${codeOf((await seat.json()).seatUrl)}/claim`, { headers: auth(person) });
        expect(claimed.status(), await claimed.text()).toBe(200);
      }
      relationshipId = (await getJson<SessionJson>(request, lee, `/api/sessions/${sessionId}`)).pairs[0].relationshipId!;
      samSession = () => getJson(request, sam, `/api/sessions/${sessionId}`);
    } else {
      relationshipId = await startAudit(request, alex, sam, way === 'a together round' ? 'together' : 'auto');
    }

    const samPage = await pageFor(browser, baseURL, sam, `/r/${relationshipId}`);
    await expect(samPage.getByRole('heading', { level: 1, name: 'Your view' })).toBeVisible();
    const samView = () => getJson(request, sam, `/api/relationships/${relationshipId}`);
    const alexPage = await pageFor(browser, baseURL, alex);
    await alexPage.goto(`/r/${relationshipId}`);
    await rateThroughScreens(alexPage, ALEX);
    const [viewBefore, sessionBefore] = [await samView(), await samSession?.()];

    await answerNo(alexPage, way === 'a session seat' ? 'k10-kept-private-in-a-session' : undefined);

    // Nothing changed for Sam: the same view (and session), and no word of Alex's on his screen.
    expect(await samView()).toEqual(viewBefore);
    if (samSession) expect(await samSession()).toEqual(sessionBefore);
    await samPage.reload();
    await expect(samPage.getByRole('heading', { level: 1, name: 'Your view' })).toBeVisible();
    await expectSealed(samPage, ALEX.notes, `Sam after Alex kept it private in ${way}`);
    const shared = await (await request.get(`/api/relationships/${relationshipId}`, { headers: auth(alex) })).text();
    expect(shared).not.toMatch(/zq-unsafe/);
    await Promise.all([samPage.context().close(), alexPage.context().close()]);
  });
}

test('a family of four: one person keeps their answers private, the facilitator leaves that pair out, opens the others one by one, and the next check-in starts', async ({
  browser,
  baseURL,
  request,
}) => {
  const lee = await createPerson(request, 'Dr Lee');
  const names = ['Ana', 'Ben', 'Cy', 'Di'];
  const { sessionId, people, seatOf, pairOf } = await seatedSession(request, lee, 'family', names);
  const anaBen = pairOf('Ana', 'Ben');

  const board = await pageFor(browser, baseURL, lee, `/sessions/${sessionId}`);
  await expect(board.getByRole('heading', { level: 1, name: 'The Riveras' })).toBeVisible();
  await expect(board.locator('[data-pair-standing="rating"]')).toHaveCount(6);
  // Every seat is taken: nothing left to choose, and no pair is called "opened".
  await expect(board.getByRole('region', { name: 'Which pairs reflect together' })).toHaveCount(0);
  await expect(board.getByText('Already opened')).toHaveCount(0);

  // Everyone else rates every pair; Ben also finishes his pair with Ana.
  for (const [a, b] of [['Ana', 'Cy'], ['Ana', 'Di'], ['Ben', 'Cy'], ['Ben', 'Di'], ['Cy', 'Di'], ['Ben', 'Ana']]) {
    const pair = pairOf(a, b);
    for (const name of a === 'Ben' && b === 'Ana' ? ['Ben'] : [a, b]) {
      await saveAndSubmit(request, people.get(name)!, pair.relationshipId!, perspective(`${name}-words`, 3));
    }
  }

  // Ana, on her phone, says "no" in her pair with Ben. Ben's phone shows nothing new.
  const benPage = await pageFor(browser, baseURL, people.get('Ben')!, `/sessions/${sessionId}`);
  await expect(benPage.getByRole('heading', { level: 1, name: 'The Riveras' })).toBeVisible();
  const anaPage = await pageFor(browser, baseURL, people.get('Ana')!, `/r/${anaBen.relationshipId}`);
  await rateThroughScreens(anaPage, ALEX);
  const benBefore = await getJson(request, people.get('Ben')!, `/api/sessions/${sessionId}`);
  await answerNo(anaPage);
  expect(await getJson(request, people.get('Ben')!, `/api/sessions/${sessionId}`)).toEqual(benBefore);

  // The board says so plainly, as a status, and why the next check-in cannot start.
  const card = pairCard(board, 'Ana and Ben');
  await expect(card.locator(`[data-seat-status="keptPrivate"]`)).toHaveText('Ana: Chose to keep their answers private for now');
  await expect(card.getByText(/Ana chose not to share in this pair for now/)).toBeVisible();
  await expect(board.getByRole('button', { name: 'Start the next check-in' })).toBeDisabled();
  await expect(board.getByText(/^It waits for these pairs to be opened in this check-in: .*Ana and Ben/)).toBeVisible();
  await expectSealed(board, ALEX.notes, 'the facilitator’s board');
  await checkScreen(board, 's10-board-kept-private');

  // Left out, with a reason only the facilitator sees.
  await card.getByRole('button', { name: 'Leave this pair out: Ana and Ben' }).click();
  await card.getByLabel('Why (optional, only you see this)').fill('zq-not-for-this-room');
  await checkScreen(board, 's11-leave-out');
  await card.getByRole('button', { name: 'Leave this pair out', exact: true }).click();
  await expect(card).toHaveAttribute('data-pair-standing', 'leftOut');
  await expect(card.getByText('Your reason, for you alone: “zq-not-for-this-room”')).toBeVisible();
  await benPage.reload();
  await expect(benPage.getByText('Your facilitator has left this pair out of the session: it is not opened here.')).toBeVisible();
  await expectSealed(benPage, ['zq-not-for-this-room', ...ALEX.notes], 'Ben’s session page');
  const ben = await getJson<SessionJson>(request, people.get('Ben')!, `/api/sessions/${sessionId}`);
  expect(JSON.stringify(ben)).not.toContain('zq-not-for-this-room');

  // The ready pairs, one at a time, each asked for by name: never every phone at once.
  await expect(board.locator('[data-pair-standing="ready"]')).toHaveCount(5);
  await board.getByRole('button', { name: 'Open the ready pairs, one at a time' }).click();
  const asked: string[] = [];
  for (let i = 0; i < 5; i++) {
    const question = board.getByText(/^Open .+ and .+ now\?$/);
    await expect(question).toBeVisible();
    const text = (await question.textContent())!;
    asked.push(text);
    if (i === 0) await checkScreen(board, 's12-open-one-at-a-time');
    const pairName = text.replace(/^Open /, '').replace(/ now\?$/, '');
    await board.getByRole('button', { name: `Open ${pairName}`, exact: true }).click();
    await expect(pairCard(board, pairName)).toHaveAttribute('data-pair-standing', 'opened');
  }
  expect(new Set(asked).size).toBe(5);
  await expect(board.locator('[data-pair-standing="opened"]')).toHaveCount(5);

  // The next check-in goes on without the pair left out.
  await board.getByRole('button', { name: 'Start the next check-in' }).click();
  await expect(board.getByRole('heading', { level: 2, name: 'Check-in 2' })).toBeVisible();
  await expect(board.locator('[data-pair-standing="rating"]')).toHaveCount(5);
  await expect(pairCard(board, 'Ana and Ben')).toHaveAttribute('data-pair-standing', 'leftOut');
  await checkScreen(board, 's13-check-in-2');
  for (const name of ['Cy', 'Di']) {
    const theirs = await getJson<SessionJson>(request, people.get(name)!, `/api/sessions/${sessionId}`);
    expect(theirs.pairs.every((p) => p.seats.includes(seatOf.get(name)!))).toBe(true);
  }
  await Promise.all([board.context().close(), benPage.context().close(), anaPage.context().close()]);
});
