import { describe, expect, it } from 'vitest';
import { intlFor } from './i18n/intlFor';
import { emptyDraft } from './relationship/perspective';
import {
  hasControlCharacters,
  fieldMessages,
  missingMessage,
  normalizeFieldPath,
  validateDraft,
  validateLabel,
  validateName,
  validateText,
} from './validation';

const en = intlFor('en');

describe('text validation', () => {
  it('requires a name and keeps it to 80 characters', () => {
    expect(validateName('', en)).toBe('Please write a name.');
    expect(validateName('   ', en)).toBe('Please write a name.');
    expect(validateName('Alex', en)).toBeNull();
    expect(validateName('a'.repeat(80), en)).toBeNull();
    expect(validateName('a'.repeat(81), en)).toMatch(/80 characters or fewer \(it has 81\)/);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(validateText('😀'.repeat(80), 80, 'a name', true, en)).toBeNull();
  });

  it('allows line breaks and tabs but not other control characters', () => {
    expect(hasControlCharacters('a\nb\tc\r\n')).toBe(false);
    expect(hasControlCharacters('a\u0007b')).toBe(true);
    expect(hasControlCharacters('\u000b\u000c')).toBe(true);
    expect(hasControlCharacters('\u0085')).toBe(true); // C1 too, as the API refuses them
    expect(validateText('a\u0000', 10, 'the note', false, en)).toMatch(/^The note contains an invisible character/);
  });

  it('makes the label optional', () => {
    expect(validateLabel('', en)).toBeNull();
  });

  it('checks a draft’s notes and picture', () => {
    const d = emptyDraft();
    expect(validateDraft(d, en)).toEqual({});
    d.dimensions.depth.note = 'x'.repeat(2001);
    d.picture.text = 'x'.repeat(4001);
    d.season.note = '\u0001';
    expect(Object.keys(validateDraft(d, en)).sort()).toEqual(['dimensions.depth.note', 'picture.text', 'season.note']);
  });
});

describe('problem details field paths', () => {
  it.each([
    ['dimensions.initiation.note', 'dimensions.initiation.note'],
    ['$.dimensions.initiation.note', 'dimensions.initiation.note'],
    ['Dimensions.CrisisResponse.Score', 'dimensions.crisisResponse.score'],
    ['dimensions[initiation].note', 'dimensions.initiation.note'],
    ["dimensions['depth'].leans", 'dimensions.depth.leans'],
    ['Overall', 'overall'],
    ['Picture.Text', 'picture.text'],
    ['DisplayName', 'displayName'],
    ['perspective.season.kind', 'season.kind'],
    ['somethingElse', 'somethingElse'],
  ])('%s → %s', (raw, path) => {
    expect(normalizeFieldPath(raw)).toBe(path);
  });
});

describe('messages', () => {
  it('names fields in the method’s words', () => {
    expect(missingMessage('dimensions.crisisResponse.score', en)).toBe('Please choose a rating for “In a crisis”.');
    expect(missingMessage('dimensions.depth.note', en)).toBe('Please choose the note for “Depth”.');
    expect(missingMessage('dimensions.depth.picture.text', en)).toBe('Please choose the picture for “Depth”.');
    expect(missingMessage('overall', en)).toBe('Please choose the overall rating.');
    expect(missingMessage('unknown', en)).toBe('Please choose this answer.');
  });

  it('asks kindly for missing answers', () => {
    expect(missingMessage('dimensions.initiation.score', en)).toBe('Please choose a rating for “Reaching out”.');
    expect(missingMessage('picture.text', en)).toMatch(/needs a picture/);
  });

  it('says the host’s words for a field as the host wrote them, in any language, each once', () => {
    const server = {
      overall: ['Please write something, or send an empty text to take it back.'],
      'dimensions.depth.score': ['Bitte wähle eine ganze Zahl von 1 bis 5, nicht null.'],
    };
    const said = { local: {}, server, missing: ['overall', 'dimensions.depth.score'] };
    expect(fieldMessages('overall', said, en)).toEqual([server.overall[0], 'Please choose the overall rating.']);
    expect(fieldMessages('dimensions.depth.score', said, intlFor('de'))?.[0]).toBe(server['dimensions.depth.score'][0]);
    expect(fieldMessages('picture.text', said, en)).toBeUndefined();
  });

  it('says a local check’s words once, even when the server said the same', () => {
    const said = { local: { 'season.note': 'Too long.' }, server: { 'season.note': ['Too long.'] }, missing: null };
    expect(fieldMessages('season.note', said, en)).toEqual(['Too long.']);
  });
});
