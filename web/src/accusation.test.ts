import { describe, expect, it } from 'vitest';
import { accusationHint } from './accusation';

describe('accusation hint', () => {
  it.each([
    ['You always forget my birthday', 'you always'],
    ['YOU NEVER ask how I am', 'you never'],
    ["you don't listen", "you don't"],
    ['It is your fault', 'your fault'],
    ['I cry because of you', 'because of you'],
    ['you make me feel small', 'you make me'],
  ])('notices "%s"', (text, phrase) => {
    const hint = accusationHint(text);
    expect(hint?.phrase).toBe(phrase);
    expect(hint?.message).toMatch(/picture/);
  });

  it.each([
    'We both check in once during the week.',
    'I need Sunday evenings to myself.',
    'Always having dinner together on Fridays.',
    'Young and old, we help each other.',
    '',
  ])('stays quiet for "%s"', (text) => {
    expect(accusationHint(text)).toBeNull();
  });
});
