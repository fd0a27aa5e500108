import { describe, expect, it } from 'vitest';
import { listWords } from '../relationship/reading';
import { intlFor } from './intlFor';
import { listOf } from './lists';

describe('a list in the reader’s language', () => {
  it('reads in English word for word as before: no comma before “and”', () => {
    expect(listOf(intlFor('en'), [3])).toBe('3');
    expect(listOf(intlFor('en'), [3, 4])).toBe('3 and 4');
    expect(listOf(intlFor('en'), [1, 2, 5])).toBe('1, 2 and 5');
    expect(listOf(intlFor('en'), ['you: grief', 'Alex: illness'], 'unit')).toBe('you: grief, Alex: illness');
  });

  it('joins as each language joins, not with English’s words in between', () => {
    expect(listOf(intlFor('es'), ['inicio', 'hijos'])).toBe('inicio e hijos');
    expect(listOf(intlFor('de'), [1, 2, 5])).toBe('1, 2 und 5');
    expect(listOf(intlFor('ar'), ['أ', 'ب', 'ج'])).toBe('أ وب وج');
  });

  it('keeps German’s capitals in a list of the method’s words, and writes English and Spanish ones in lower case', () => {
    expect(listWords(intlFor('de'), ['Tiefe', 'Pflege im Alltag'])).toBe('Tiefe und Pflege im Alltag');
    expect(listWords(intlFor('en'), ['Reaching out', 'Depth', 'Upkeep'])).toBe('reaching out, depth and upkeep');
    expect(listWords(intlFor('es'), ['Profundidad', 'Iniciativa'])).toBe('profundidad e iniciativa');
  });
});
