import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { inLanguage } from './i18n/testing';
import { checkInName, leansTheirs, methodWords, PRIVATE_HINT, useMethodWords } from './method';

describe('the method’s words', () => {
  it('say in English what they always said, by the old names too', () => {
    const en = methodWords('en');
    expect(en.dimensionText('initiation').question).toBe('Who reaches out first?');
    expect(en.checkInName(2)).toBe('second check-in');
    expect(checkInName(11)).toBe('number 11 check-in');
    expect(leansTheirs('me', 'Sam')).toBe('Sam feels they mostly give');
    expect(en.flowTheirs('notNamed', 'Sam')).toBe('Sam didn’t name a direction');
    expect(PRIVATE_HINT('Sam')).toBe('Kept with your answers and shown only to you, never to Sam.');
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
});
