// A person's phone in their own language, and a check that the page speaks it: shared by the specs of issue 23.
import type { Browser, Page } from '@playwright/test';
import { LANGUAGE_NAMES, say, type Language } from './catalogue';
import { expect } from './fixtures';

/** A person's phone whose browser speaks this language (navigator.languages), at 360 px. */
export async function phone(browser: Browser, baseURL: string | undefined, locale: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale, viewport: { width: 360, height: 800 } });
  return context.newPage();
}

/** The page speaks the language: <html lang dir>, and the footer's language choice says it by its own name. */
export async function expectSpeaking(page: Page, language: Language): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
  const choice = page.getByRole('combobox', { name: say(language, 'i18n.LanguagePicker.label') });
  await expect(choice).toHaveValue(language);
  await expect(choice.locator('option:checked')).toHaveText(LANGUAGE_NAMES[language]);
}
