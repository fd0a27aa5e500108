import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { inLanguage } from './i18n/testing';
import { createIntl } from 'react-intl';
import { CATALOGUES } from './i18n/catalogues';
import { methodWords, methodWordsFor, useMethodWords } from './method';
import ARABIC from './words/method-words.ar.json';

describe('the method’s words', () => {
  it('say in English what they always said', () => {
    const en = methodWords('en');
    expect(en.dimensionText('initiation').question).toBe('Who reaches out first?');
    expect(en.checkInName(2)).toBe('second check-in');
    expect(en.checkInName(11)).toBe('number 11 check-in');
    expect(en.leansTheirs('me', 'Sam')).toBe('Sam feels they mostly give');
    expect(en.flowTheirs('notNamed', 'Sam')).toBe('Sam didn’t name a direction');
    expect(en.PRIVATE_HINT('Sam')).toBe('Kept with your answers and shown only to you, never to Sam.');
  });

  it('come in the language the person reads', () => {
    function Question() {
      const { dimensionText, KIND_WORDS } = useMethodWords();
      return (
        <p>
          {dimensionText('initiation').question} {KIND_WORDS.partner}
        </p>
      );
    }
    render(<Question />, inLanguage('es'));
    expect(screen.getByText('¿Quién busca primero al otro? Pareja')).toBeTruthy();
  });

  it('speak German with a name in its sentence', () => {
    expect(methodWords('de').flowTheirs('bothWays', 'Sam')).toBe('Sam hat das Gefühl, es fließt in beide Richtungen');
  });

  it('name a check-in in Arabic from the Arabic file, in a component and beside an intl', () => {
    // Arabic gives the word its article, as the ordinal has it: "المراجعة الثانية".
    const second = `ال${ARABIC.checkIn.word} ${ARABIC.checkIn.ordinals[1]}`;
    function CheckIn() {
      const { checkInName } = useMethodWords();
      return <p>{checkInName(2)}</p>;
    }
    render(<CheckIn />, inLanguage('ar'));
    expect(screen.getByText(second)).toBeTruthy();
    expect(methodWordsFor(createIntl({ locale: 'ar', messages: CATALOGUES.ar })).checkInName(2)).toBe(second);
    expect(methodWordsFor(createIntl({ locale: 'ar', messages: CATALOGUES.ar })).checkInName(11)).toContain(ARABIC.checkIn.word);
  });
});
