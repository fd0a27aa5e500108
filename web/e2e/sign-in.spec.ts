// Issue 21 item 1: a person with a confirmed address signs in on a second browser with a one-time link from their
// email, at 360 and at 1280 px, every screen axe clean; the personal link keeps working, and the link works once.
import { request as playwrightRequest } from '@playwright/test';
import { WIDTHS, confirmEmail, createPerson, expect, signInByEmail, test } from './fixtures';
import { startMailHost, type MailHost } from './mailHost';

let host: MailHost;

test.beforeAll(async () => {
  host = await startMailHost();
});

test.afterAll(async () => {
  await host?.stop();
});

test('sign in on a second browser with the link from an email, at 360 and 1280 px', async ({ browser }) => {
  const api = await playwrightRequest.newContext({ baseURL: host.url });
  const sam = await createPerson(api, 'Sam');
  const address = `sam-${Date.now()}@example.org`;
  await confirmEmail(api, host.mail, sam, address);

  for (const width of WIDTHS) {
    const second = await browser.newContext({ baseURL: host.url, viewport: { width, height: 800 } });
    const page = await second.newPage();
    const key = await signInByEmail(page, host.mail, address, width === 360 ? 'sign-in' : undefined);
    expect(key).not.toBe(sam.accessKey);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // The new device is Sam; Sam's personal link still works.
    const asDevice = await api.get('/api/me', { headers: { Authorization: `Bearer ${key}` } });
    expect((await asDevice.json()).displayName).toBe('Sam');
    const asLink = await api.get('/api/me', { headers: { Authorization: `Bearer ${sam.accessKey}` } });
    expect(asLink.status()).toBe(200);
    await second.close();
  }

  // A link used once no longer works, and its page says so kindly.
  const third = await browser.newContext({ baseURL: host.url });
  const page = await third.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Your email address').fill(address);
  await page.getByRole('button', { name: 'Send me a link' }).click();
  const email = await host.mail.next(address, /\/sign-in\/[A-Za-z0-9_-]{64}/);
  const link = /(https?:\/\/\S+\/sign-in\/[A-Za-z0-9_-]{64})/.exec(email.text)![1];
  const used = await api.post(`${new URL(link).pathname.replace('/sign-in/', '/api/sign-in/complete/')}`, {
    data: { deviceSecret: 'A'.repeat(42) + 'E' },
  });
  expect(used.status()).toBe(200);
  await page.goto(link);
  await page.getByRole('button', { name: 'Sign in on this device' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'This link no longer works' })).toBeVisible();
  await third.close();
  await api.dispose();
});
