import { describe, expect, it } from 'vitest';
import { inSentence } from './PartnerLeft';

describe('a name inside a sentence', () => {
  it('keeps a name as it was given', () => {
    expect(inSentence('Jon')).toBe('Jon');
    expect(inSentence('Theo')).toBe('Theo');
  });

  it('reads a description by kind (the host’s name for someone whose own name is not kept) in lower case', () => {
    expect(inSentence('Your partner')).toBe('your partner');
    expect(inSentence('Your close friend')).toBe('your close friend');
    expect(inSentence('The other person')).toBe('the other person');
  });
});
