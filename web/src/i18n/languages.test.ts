import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './catalogues';
import { chooseLanguage, directionOf } from './languages';

describe('a language chosen from the browser', () => {
  it('takes the first language Reciprocity speaks, by its base', () => {
    expect(chooseLanguage(['fr-FR', 'es-MX', 'en'])).toBe('es');
    expect(chooseLanguage(['ar-EG'])).toBe('ar');
  });

  it('falls back to English when none is spoken here', () => {
    expect(chooseLanguage(['fr', 'ja'])).toBe('en');
    expect(chooseLanguage([])).toBe('en');
  });

  it('reads Arabic right to left', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('de')).toBe('ltr');
  });

  it('finds a catalogue for every language', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual(['ar', 'de', 'en', 'es']);
  });
});
