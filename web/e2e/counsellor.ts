// Reusable steps of a counsellor's day, for the session, room and counsellor journey specs: starting a session, seats,
// the shared screen on a second browser (the projector), and the filed report.
import type { APIRequestContext, Browser, Locator, Page } from '@playwright/test';
import { checkScreen, expect, signIn, type Person } from './fixtures';

export const auth = (p: Person) => ({ Authorization: `Bearer ${p.accessKey}` });
export const codeOf = (seatLink: string) => new URL(seatLink).pathname.split('/').pop()!;

/** A new facilitator's way in: Home, then the session's title and who takes part. */
export async function startSession(page: Page, title: string, kind: 'A couple' | 'A family', screenshot?: string): Promise<void> {
  await page.getByRole('link', { name: 'Start a facilitated session' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('radio', { name: new RegExp(`^${kind}`) }).check();
  if (screenshot) await checkScreen(page, screenshot);
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Adds a person on the board and returns their seat link, shown as a link and as a QR code. */
export async function addPerson(page: Page, name: string): Promise<string> {
  await page.getByRole('textbox', { name: 'Name of a person taking part' }).fill(name);
  await page.getByRole('button', { name: 'Add this person' }).click();
  const qr = page.getByRole('img', { name: `QR code of ${name}’s seat link` });
  await expect(qr).toBeVisible();
  expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  const link = await page.getByRole('textbox', { name: `${name}’s seat link` }).inputValue();
  expect(link).toMatch(/\/seat\/[A-Za-z0-9_-]+$/);
  return link;
}

/** A pair's card on the board, by its two names as the board lists them ("Ana and Ben"). */
export const pairCard = (page: Page | Locator, names: string) => page.locator(`[data-pair="${names.replace(' and ', '+')}"]`);

export async function sessionAs(request: APIRequestContext, person: Person, sessionId: string) {
  const res = await request.get(`/api/sessions/${sessionId}`, { headers: auth(person) });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as { pairs: { pairId: string; relationshipId: string | null }[] };
}

/** The person behind a seat link takes their seat (on their own phone, arranged through the API). */
export async function claimSeat(request: APIRequestContext, person: Person, seatLink: string): Promise<void> {
  const claimed = await request.post(`/api/seats/${codeOf(seatLink)}/claim`, { headers: auth(person) });
  expect(claimed.status(), await claimed.text()).toBe(200);
}

/** The facilitator opens the projector's view of the session in a second browser: the room alone, no controls. */
export async function openProjector(browser: Browser, facilitator: Person, sessionId: string, baseURL?: string): Promise<Page> {
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const projector = await context.newPage();
  await signIn(projector, facilitator, `/sessions/${sessionId}/present?screen=projector`);
  await expect(projector.getByRole('region', { name: 'Your controls' })).toHaveCount(0);
  await expect(projector.locator('.site-header')).toHaveCount(0);
  return projector;
}

/** The shared screen's article for a pair ("Sam and Alex"), wherever it is shown. */
export const roomScreen = (page: Page, pair: string) => page.getByRole('article', { name: pair });

/** On the facilitator's device: "Next" (or "Back") until the projector stands at `step` (a dimension's title). */
export async function stepRoom(device: Page, projector: Page, pair: string, direction: 'Next' | 'Back', title: string): Promise<void> {
  await device.getByRole('button', { name: `${direction}: ${title}` }).click();
  await expect(roomScreen(projector, pair).getByRole('heading', { level: 3 })).toContainText(title);
}

/** On the report page: the paper size, then the print preview, screenshotted (the caller looks at it). */
export async function printPreview(page: Page, paper: 'A4' | 'US Letter', screenshot: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Paper' }).selectOption({ label: paper });
  const size = paper === 'A4' ? { width: 794, height: 1123 } : { width: 816, height: 1056 };
  await page.setViewportSize(size);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await page.screenshot({ path: screenshot, fullPage: true, animations: 'disabled' });
  await page.emulateMedia({ media: 'screen' });
}
