import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quickExit, resetHelpCache, type ExitHistory } from '../help';
import { CATALOGUES } from '../i18n/catalogues';
import { ChosenLanguage } from '../i18n/LanguageChoice';
import { LanguagePicker } from '../i18n/LanguagePicker';
import type { Help } from '../types';
import { HelpResources } from './HelpResources';

// A server that words its help by Accept-Language; an answer waits until the test lets it go.
const worded: Record<string, string> = { en: 'If you are in danger now', es: 'Si estás en peligro ahora', ar: 'إن كنت في خطر الآن' };
let asked: string[] = [];
let held: Map<string, (answer: Response) => void>;
const answer = (language: string, quickExitUrl = 'https://example.org/weather') =>
  new Response(JSON.stringify({ resources: [{ name: worded[language], description: '…', phone: null, url: null }], quickExitUrl } satisfies Help), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
  });
const release = async (language: string, response: Response = answer(language)) => {
  await waitFor(() => expect(held.has(language)).toBe(true));
  await act(async () => {
    held.get(language)!(response);
    held.delete(language);
  });
};

beforeEach(() => {
  asked = [];
  held = new Map();
  localStorage.clear();
  resetHelpCache();
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    const language = new Headers(init.headers).get('Accept-Language') ?? '';
    asked.push(`${url} ${language}`);
    return new Promise<Response>((resolve) => held.set(language, resolve));
  });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  document.documentElement.style.visibility = '';
});

const choose = (language: string) => fireEvent.change(screen.getByRole('combobox'), { target: { value: language } });

function Page() {
  return (
    <ChosenLanguage>
      <LanguagePicker />
      <HelpResources />
    </ChosenLanguage>
  );
}

describe('the help in the reader’s language', () => {
  it('is asked for again when the language changes, and never shows the help of the language before', async () => {
    render(<Page />);
    await release('en');
    expect(await screen.findByRole('heading', { level: 3, name: worded.en })).toBeTruthy();

    choose('es');
    // Until the Spanish answer comes: Spanish words, and nothing of the English help.
    expect(screen.queryByText(worded.en!)).toBeNull();
    expect(screen.getByText(CATALOGUES.es['components.HelpResources.loading'])).toBeTruthy();
    await release('es');
    expect(await screen.findByRole('heading', { level: 3, name: worded.es })).toBeTruthy();

    choose('ar');
    await release('ar', new Response('', { status: 500 }));
    expect(await screen.findByText(CATALOGUES.ar['components.HelpResources.failed'])).toBeTruthy();
    expect(screen.queryByText(worded.es!)).toBeNull();

    choose('es'); // known already: shown at once, not asked again
    expect(screen.getByRole('heading', { level: 3, name: worded.es })).toBeTruthy();
    expect(asked).toEqual(['/api/help en', '/api/help es', '/api/help ar']);
  });

  it('an answer that arrives after the switch is not shown in the new language', async () => {
    render(<Page />);
    choose('es');
    await release('en'); // the English answer comes late
    expect(screen.queryByText(worded.en!)).toBeNull();
    await release('es');
    expect(await screen.findByRole('heading', { level: 3, name: worded.es })).toBeTruthy();
    expect(screen.queryByText(worded.en!)).toBeNull();
  });

  it('the quick exit leaves at once while the help is still being asked for', async () => {
    render(<Page />);
    await release('en', answer('en', 'https://example.org/news'));
    await screen.findByRole('heading', { level: 3, name: worded.en });
    choose('ar'); // its answer never comes
    await waitFor(() => expect(held.has('ar')).toBe(true));

    const went: string[] = [];
    const history: ExitHistory = { depth: () => 0, back: () => went.push('back'), replace: (url) => went.push(url) };
    quickExit(history);
    expect(went).toEqual(['https://example.org/news']); // synchronously, with the page the server named before
  });
});
