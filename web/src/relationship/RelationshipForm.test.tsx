import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../i18n/languages';
import { inLanguage } from '../i18n/testing';
import { RelationshipForm } from './RelationshipForm';

/** Sends the form with no name typed, and gives the words said beside the name field. */
function emptyNameIn(language: Language): string {
  render(<RelationshipForm onCreated={() => undefined} />, inLanguage(language));
  fireEvent.submit(screen.getByRole('textbox').closest('form')!);
  const described = (screen.getByRole('textbox').getAttribute('aria-describedby') ?? '').split(' ').find((id) => id.endsWith('-partnerName-error'));
  const words = (described && document.getElementById(described)?.textContent) ?? '';
  cleanup();
  return words;
}

describe('the name of the person a relationship is with', () => {
  afterEach(cleanup);

  it('is asked for as “their name” in English, word for word as before', () => {
    expect(emptyNameIn('en')).toBe('Please write their name.');
  });

  it('is asked for in each language’s own words, not English’s reworded', () => {
    expect(emptyNameIn('de')).toBe('Bitte schreib den Namen der anderen Person.');
    expect(emptyNameIn('es')).toBe('Escribe el nombre de la otra persona, por favor.');
    expect(emptyNameIn('ar')).toBe('يُرجى كتابة اسم الطرف الآخر.');
  });
});
