import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MailSink } from './mailSink';

const screenshotDir = resolve(dirname(fileURLToPath(import.meta.url)), '../test-results/screenshots');
mkdirSync(screenshotDir, { recursive: true });

/** The base URL comes from global setup (a host it started) or from E2E_BASE_URL. */
export const test = base.extend({
  baseURL: async ({}, use) => {
    await use(process.env.E2E_BASE_URL);
  },
});
export { expect };

export const WIDTHS = [360, 1280] as const;

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// The axe-core that @axe-core/playwright itself injects (its own dependency, so always the same version).
const axeSource = readFileSync(
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * axe over the whole page with the tags above. A page without frames (every screen of the app) gets axe-core injected
 * once per document and `axe.run` with the options AxeBuilder passes (the same rules and results): AxeBuilder injects
 * axe twice per scan and finishes each in a new blank page, which made the scans most of the browser tests' time. A
 * page with frames goes through AxeBuilder, which scans inside them too.
 */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (page.frames().length > 1) return (await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations;
  const injected = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!injected) {
    await page.evaluate(axeSource);
    await page.evaluate(() =>
      (window as unknown as { axe: { configure: (c: object) => void } }).axe.configure({
        allowedOrigins: ['<same_origin>'],
        branding: { application: 'playwright' },
      }),
    );
  }
  return page.evaluate(
    async (tags) =>
      (
        await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(
          document,
          { runOnly: { type: 'tag', values: tags } },
        )
      ).violations,
    AXE_TAGS,
  );
}

/**
 * One screen, checked the same way everywhere: an axe scan with no violations and a full-page screenshot,
 * each at 360 px and at 1280 px wide.
 */
export async function checkScreen(page: Page, name: string): Promise<void> {
  const original = page.viewportSize() ?? { width: 360, height: 800 };
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    const violations = (await axeViolations(page)).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
    expect(violations, `axe violations on "${name}" at ${width}px`).toEqual([]);
    await page.screenshot({ path: join(screenshotDir, `${name}-${width}.png`), fullPage: true, animations: 'disabled' });
  }
  await page.setViewportSize(original);
}

/** Fails if any of the secrets appears anywhere in the page: text, attributes or form values. */
export async function expectSealed(page: Page, secrets: string[], where: string): Promise<void> {
  const html = await page.content();
  const values = await page.evaluate(() =>
    [...document.querySelectorAll('input, textarea')].map((e) => (e as HTMLInputElement).value).join('\n'),
  );
  const storage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  for (const secret of secrets) {
    expect(html.includes(secret), `"${secret}" in the page HTML (${where})`).toBe(false);
    expect(values.includes(secret), `"${secret}" in a form field (${where})`).toBe(false);
    expect(storage.includes(secret), `"${secret}" in browser storage (${where})`).toBe(false);
  }
}

const STATUSES = ['notStarted', 'inProgress', 'submitted'];

/**
 * The hub frames a participant's browser received before the reveal hold only what the contract allows: the handshake,
 * pings, StatusChanged with its three fields and statuses as values, their own unrevealed view from Watch, and the
 * answers to their own steps over the hub (their statuses and own words, no reveal). At least
 * one StatusChanged must be among them (handshake and pings alone prove nothing), and no secret may appear anywhere.
 */
export function expectOnlyStatusesInFrames(frames: string[], secrets: string[], where: string): void {
  const records = frames
    .flatMap((frame) => frame.split('\u001e'))
    .filter((record) => record.trim() !== '')
    .map((record) => JSON.parse(record) as Record<string, unknown>);
  expect(records.some((r) => r.type === 1 && r.target === 'StatusChanged'), `a StatusChanged frame reached ${where}`).toBe(true);
  for (const record of records) {
    const text = JSON.stringify(record);
    for (const secret of secrets) expect(text.includes(secret), `"${secret}" in a hub frame (${where})`).toBe(false);
    if (Object.keys(record).length === 0 || record.type === 6) continue; // the handshake's answer, a ping
    if (record.type === 1) {
      expect(record.target, `the name of a hub event before the reveal (${where})`).toBe('StatusChanged');
      const args = record.arguments as Record<string, unknown>[];
      expect(args, `StatusChanged's arguments (${where})`).toHaveLength(1);
      expect(Object.keys(args[0]).sort(), `StatusChanged's fields (${where})`).toEqual(['relationshipId', 'roundNumber', 'statuses']);
      for (const status of Object.values(args[0].statuses as Record<string, unknown>)) expect(STATUSES).toContain(status);
    } else if (record.type === 3 && !('error' in record)) {
      const result = record.result as Record<string, unknown> | null;
      if (result !== null && typeof result === 'object' && 'status' in result && 'body' in result) {
        // The answer to one of this person's own steps (SaveDraft, Submit…): statuses and their own words, no reveal.
        const body = result.body as { round: { revealed: unknown; reveal?: unknown }; history?: unknown[] };
        expect(result.status, `a step's answer (${where})`).toBe(200);
        expect(body.round.revealed, `a step's answer (${where})`).toBe(false);
        expect(body.round.reveal ?? null, `a step's answer (${where})`).toBeNull();
        expect(body.history ?? [], `a step's answer (${where})`).toEqual([]);
        continue;
      }
      const view = record.result as { round: { revealed: unknown; reveal: unknown }; history: unknown[] };
      expect(view.round.revealed, `the view Watch returned (${where})`).toBe(false);
      expect(view.round.reveal, `the view Watch returned (${where})`).toBeNull();
      expect(view.history, `the view Watch returned (${where})`).toEqual([]);
    } else {
      throw new Error(`An unexpected hub frame reached ${where}: ${text}`);
    }
  }
}

// Direct API calls, for arranging a scene quickly where the UI path is covered by another test.
export interface Person {
  personId: string;
  displayName: string;
  accessKey: string;
}

export async function createPerson(request: APIRequestContext, displayName: string): Promise<Person> {
  const res = await request.post('/api/people', { data: { displayName } });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

const auth = (p: Person) => ({ Authorization: `Bearer ${p.accessKey}` });

export async function startAudit(
  request: APIRequestContext,
  inviter: Person,
  invitee: Person,
  revealPolicy: 'auto' | 'together' = 'auto',
): Promise<string> {
  const created = await request.post('/api/relationships', {
    headers: auth(inviter),
    data: { kind: 'closeFriend', label: 'Friends since school', partnerName: invitee.displayName, revealPolicy },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { relationshipId, inviteCode } = await created.json();
  const accepted = await request.post(`/api/invites/${inviteCode}/accept`, { headers: auth(invitee) });
  expect(accepted.status(), await accepted.text()).toBe(200);
  return relationshipId;
}

export function perspective(noteTag: string, overall = 4) {
  return {
    dimensions: {
      initiation: { score: 4, leans: 'me', note: `${noteTag}-initiation` },
      depth: { score: 2, leans: 'them', note: `${noteTag}-depth` },
      crisisResponse: { score: 5, leans: 'neither', note: `${noteTag}-crisis` },
      maintenance: { score: 3, leans: 'me', note: `${noteTag}-maintenance` },
    },
    overall,
    picture: { kind: 'mutualPattern', text: `${noteTag}-picture` },
    season: { kind: 'none', note: '' },
  };
}

/** Accepts an invite from its link (`…/join/{code}`). */
export async function acceptInvite(request: APIRequestContext, person: Person, inviteUrl: string): Promise<void> {
  const code = new URL(inviteUrl).pathname.split('/').pop();
  const accepted = await request.post(`/api/invites/${code}/accept`, { headers: auth(person) });
  expect(accepted.status(), await accepted.text()).toBe(200);
}

export async function saveAndSubmit(request: APIRequestContext, person: Person, relationshipId: string, body: object): Promise<void> {
  const saved = await request.put(`/api/relationships/${relationshipId}/draft`, { headers: auth(person), data: body });
  expect(saved.status(), await saved.text()).toBe(200);
  const submitted = await request.post(`/api/relationships/${relationshipId}/submit`, { headers: auth(person) });
  expect(submitted.status(), await submitted.text()).toBe(200);
}

/** Opens the app as this person through their personal link (the key travels in the fragment). */
export async function signIn(page: Page, person: Person, path = '/'): Promise<void> {
  await page.goto(`/#key=${encodeURIComponent(person.accessKey)}`);
  await expect(page).not.toHaveURL(/#key=/);
  if (path !== '/') await page.goto(path);
}

/** Every hub message a page receives, to check that a text never reached it. */
export function recordHubFrames(page: Page): string[] {
  const frames: string[] = [];
  page.on('websocket', (ws) =>
    ws.on('framereceived', (f) => frames.push(typeof f.payload === 'string' ? f.payload : f.payload.toString('utf8'))),
  );
  return frames;
}

export interface UiAnswers {
  scores: [number, number, number, number];
  leans: [string, string, string, string];
  notes: [string, string, string, string];
  overall: number;
  picture?: string;
  /** A picture for one dimension (0–3), shared unless kept "only for me". */
  dimensionPicture?: { index: number; kind: 'A mutual pattern to build' | 'A boundary I need'; text: string };
  /** The season's choice, as the screen names it ("Illness"); left unanswered when absent. */
  season?: string;
}

/** Rates a whole round through the screens, from the first step to the review (not shared yet). */
export async function rateThroughScreens(page: Page, a: UiAnswers): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await expect(page.getByText(`Step ${i + 1} of 7`)).toBeVisible();
    await page.getByRole('group', { name: /how mutual does it feel/ }).getByRole('radio', { name: new RegExp(`^${a.scores[i]}\\b`) }).check();
    await page.getByRole('radio', { name: a.leans[i], exact: true }).check();
    await page.getByRole('textbox', { name: 'A note (optional)' }).fill(a.notes[i]);
    if (a.dimensionPicture?.index === i) {
      const titles = ['reaching out', 'depth', 'in a crisis', 'upkeep'];
      const group = page.getByRole('group', { name: `A picture for ${titles[i]} (optional)` });
      await group.getByRole('radio', { name: a.dimensionPicture.kind }).check();
      await group.getByRole('textbox').fill(a.dimensionPicture.text);
    }
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await page.getByRole('group', { name: 'Overall: how mutual does it feel?' }).getByRole('radio', { name: new RegExp(`^${a.overall}\\b`) }).check();
  if (a.picture) await page.getByRole('textbox', { name: 'What it would look like' }).fill(a.picture);
  await page.getByRole('button', { name: 'Next' }).click();
  if (a.season) await page.getByRole('radio', { name: a.season, exact: true }).check();
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Review and (share|finish)$/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
}

/**
 * Shares from the review step. Before a first share the app asks, privately, "Do you feel safe sharing this with …?":
 * answered yes here (the "no" is tested in safety.spec.ts).
 */
export async function shareMyView(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Share my view' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Do you feel safe sharing this with / })).toBeVisible();
  await page.getByRole('button', { name: 'Yes, share it' }).click();
}

/**
 * Gives the person an email address and confirms it from the email the host sends, as its owner would (API only; the
 * screens for it are covered elsewhere). The host must send mail to `mail` (see `startMailHost`).
 */
export async function confirmEmail(request: APIRequestContext, mail: MailSink, person: Person, address: string): Promise<void> {
  const set = await request.put('/api/me/email', { headers: auth(person), data: { email: address } });
  expect(set.status(), await set.text()).toBe(200);
  const confirmation = await mail.next(address, /\/confirm-email\/[A-Za-z0-9_-]{64}/);
  const token = /\/confirm-email\/([A-Za-z0-9_-]{64})/.exec(confirmation.text)![1];
  const confirmed = await request.post(`/api/email/confirm/${token}`);
  expect(confirmed.status(), await confirmed.text()).toBe(204);
}

/**
 * Signs `page` (a browser that does not know the person) in the way a person would: "Sign in with your email" from
 * the welcome screen, the address, the link from the email, its button. Returns the device's new access key.
 * With `check`, each screen on the way gets `checkScreen` (axe and screenshots) under that name prefix.
 */
export async function signInByEmail(page: Page, mail: MailSink, address: string, check?: string): Promise<string> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Sign in with your email' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in with your email' })).toBeVisible();
  if (check) await checkScreen(page, `${check}-ask`);
  await page.getByLabel('Your email address').fill(address);
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Look in your inbox' })).toBeVisible();
  if (check) await checkScreen(page, `${check}-sent`);

  const email = await mail.next(address, /\/sign-in\/[A-Za-z0-9_-]{64}/);
  const link = /(https?:\/\/\S+\/sign-in\/[A-Za-z0-9_-]{64})/.exec(email.text)![1];
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in on this device?' })).toBeVisible();
  if (check) await checkScreen(page, `${check}-link`);
  await page.getByRole('button', { name: 'Sign in on this device' }).click();
  await expect(page).toHaveURL(/\/$/);
  const key = await page.evaluate(() => localStorage.getItem('reciprocity.accessKey'));
  expect(key).toBeTruthy();
  return key!;
}
