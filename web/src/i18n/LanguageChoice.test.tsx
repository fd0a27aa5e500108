import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api';
import { ChosenLanguage, useStoredLanguage } from './LanguageChoice';
import { LanguagePicker } from './LanguagePicker';

interface Sent {
  method: string;
  url: string;
  language: string | null;
  body: unknown;
}

let sent: Sent[] = [];
let storedLanguage: string | null = null;

beforeEach(() => {
  sent = [];
  storedLanguage = null;
  localStorage.clear();
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const headers = new Headers(init.headers);
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    sent.push({ method: init.method ?? 'GET', url, language: headers.get('Accept-Language'), body });
    const answer = url === '/api/me' && init.method === 'GET' ? { personId: 'p', displayName: 'Sam', relationships: [], language: storedLanguage } : (body ?? {});
    return new Response(JSON.stringify(answer), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function StoredLanguage({ personKey }: { personKey: string | null }) {
  useStoredLanguage(personKey);
  return null;
}

const choose = (name: string) => fireEvent.change(screen.getByRole('combobox'), { target: { value: name } });

describe('choosing a language in the app', () => {
  it('switches at once, keeps the choice on this device, and every request then says it', async () => {
    render(
      <ChosenLanguage>
        <LanguagePicker />
      </ChosenLanguage>,
    );
    expect(screen.getByLabelText('Language')).toBeTruthy();
    choose('ar');
    expect(screen.getByLabelText('اللغة')).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
    expect(localStorage.getItem('reciprocity.language')).toBe('ar');
    expect(sent).toEqual([]); // nobody to save it with

    await api.help();
    expect(sent[0]?.language).toBe('ar');
  });

  it('is saved with the person who has a key, so their emails follow', async () => {
    localStorage.setItem('reciprocity.accessKey', 'key-1');
    render(
      <ChosenLanguage>
        <LanguagePicker />
      </ChosenLanguage>,
    );
    choose('de');
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ method: 'PUT', url: '/api/me/language', language: 'de', body: { language: 'de' } });
  });

  it('starts from the language stored with the person, over what this device kept', async () => {
    localStorage.setItem('reciprocity.language', 'es');
    storedLanguage = 'de';
    render(
      <ChosenLanguage>
        <StoredLanguage personKey="key-1" />
        <LanguagePicker />
      </ChosenLanguage>,
    );
    expect(screen.getByLabelText('Idioma')).toBeTruthy();
    await waitFor(() => expect(screen.getByLabelText('Sprache')).toBeTruthy());
    expect(localStorage.getItem('reciprocity.language')).toBe('de');
    expect(sent.map((s) => `${s.method} ${s.url}`)).toEqual(['GET /api/me']); // adopting is not a choice to save back
  });

  it('sends the language when a person is created', async () => {
    render(
      <ChosenLanguage>
        <LanguagePicker />
      </ChosenLanguage>,
    );
    choose('es');
    await act(() => api.createPerson('Ana'));
    expect(sent[0]?.body).toEqual({ displayName: 'Ana', language: 'es' });
  });
});

describe('a stored language arriving late', () => {
  it('does not undo a choice the person made meanwhile', async () => {
    storedLanguage = 'de';
    render(
      <ChosenLanguage>
        <StoredLanguage personKey="key-1" />
        <LanguagePicker />
      </ChosenLanguage>,
    );
    choose('es');
    await waitFor(() => expect(sent.some((s) => s.url === '/api/me' && s.method === 'GET')).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByLabelText('Idioma')).toBeTruthy();
  });
});
