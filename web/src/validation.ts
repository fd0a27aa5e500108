// Messages for what a person typed, and for the API's problem details, in kind words.
import type { IntlShape } from 'react-intl';
import { DIMENSION_KEYS, methodWordsFor } from './method';
import type { LocalDraft } from './relationship/perspective';
import type { DimensionKey } from './types';

export const LIMITS = { name: 80, label: 80, note: 2000, picture: 4000 } as const;

// Line breaks and tabs are fine; other control characters are refused by the API.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export const hasControlCharacters = (s: string): boolean => CONTROL.test(s);

/** What a piece of text is, in the words of the sentences about it ("Please write a name."). */
export type TextWhat = 'a name' | 'their name' | 'a label' | 'a title' | 'the note' | 'the picture' | 'the season note' | 'your notes' | 'the reason';

const WHAT_KEYS: Record<TextWhat, string> = {
  'a name': 'name',
  'their name': 'theirName',
  'a label': 'label',
  'a title': 'title',
  'the note': 'note',
  'the picture': 'picture',
  'the season note': 'seasonNote',
  'your notes': 'notes',
  'the reason': 'reason',
};

type TextProblem = 'required' | 'tooLong' | 'invisible';

/** What is wrong with a piece of text, or null. */
function textProblem(value: string, max: number, required: boolean): TextProblem | null {
  if (required && value.trim() === '') return 'required';
  if ([...value].length > max) return 'tooLong';
  if (hasControlCharacters(value)) return 'invisible';
  return null;
}

const PROBLEM_IDS = { required: 'app.validation.required', tooLong: 'app.validation.tooLong', invisible: 'app.validation.invisible' } as const;

/** A problem with a piece of text, in the reader's language (`intl`), or null. */
export function validateText(value: string, max: number, what: TextWhat, required: boolean, intl: IntlShape): string | null {
  const problem = textProblem(value, max, required);
  return problem && intl.formatMessage({ id: PROBLEM_IDS[problem] }, { what: WHAT_KEYS[what], max, count: [...value].length });
}

export const validateName = (name: string, intl: IntlShape): string | null => validateText(name, LIMITS.name, 'a name', true, intl);
export const validateLabel = (label: string, intl: IntlShape): string | null => validateText(label, LIMITS.label, 'a label', false, intl);

/** A draft's free texts by API field path, each with its limit and what it is called. */
function draftTexts(d: LocalDraft): [path: string, value: string, max: number, what: TextWhat][] {
  return [
    ...DIMENSION_KEYS.flatMap((key): [string, string, number, TextWhat][] => [
      [`dimensions.${key}.note`, d.dimensions[key].note, LIMITS.note, 'the note'],
      [`dimensions.${key}.picture.text`, d.dimensions[key].picture.text, LIMITS.picture, 'the picture'],
    ]),
    ['picture.text', d.picture.text, LIMITS.picture, 'the picture'],
    ['season.note', d.season.note, LIMITS.note, 'the season note'],
  ];
}

/** The field paths of a draft that local checks hold back (no words: for deciding what to save). */
export const draftProblemPaths = (d: LocalDraft): string[] =>
  draftTexts(d)
    .filter(([, value, max]) => textProblem(value, max, false) !== null)
    .map(([path]) => path);

/** Local checks on a draft, keyed by API field path. Missing answers are not errors while drafting. */
export function validateDraft(d: LocalDraft, intl: IntlShape): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, value, max, what] of draftTexts(d)) {
    const msg = validateText(value, max, what, false, intl);
    if (msg) errors[path] = msg;
  }
  return errors;
}

/** Every field path the rating screen knows, in the API's camelCase. */
export const KNOWN_FIELDS: string[] = [
  ...DIMENSION_KEYS.flatMap((k) =>
    ['score', 'leans', 'note', 'private', 'picture', 'picture.kind', 'picture.text', 'picture.private'].map((f) => `dimensions.${k}.${f}`),
  ),
  ...DIMENSION_KEYS.map((k) => `dimensions.${k}`),
  'dimensions',
  'overall',
  'picture.kind',
  'picture.text',
  'picture.private',
  'picture',
  'season.kind',
  'season.note',
  'season.private',
  'season',
  'displayName',
  'label',
  'partnerName',
  'kind',
  'revealPolicy',
];

/** Maps a problem-details error key ("$.Dimensions.Initiation.Note", "dimensions[initiation].note") to a known path. */
export function normalizeFieldPath(raw: string): string {
  const cleaned = raw
    .trim()
    .replace(/^\$\.?/, '')
    .replace(/\[['"]?([^\]'"]+)['"]?\]/g, '.$1')
    .replace(/^\./, '')
    .replace(/^(body|request|perspective|draft)\./i, '');
  const lower = cleaned.toLowerCase();
  const known = KNOWN_FIELDS.find((f) => f.toLowerCase() === lower);
  return known ?? cleaned;
}

/** The catalogue's name for a field (a key of the `field` select in `app.validation.missing`). */
const FIELD_KEYS: Record<string, string> = {
  overall: 'overall',
  'picture.text': 'picture',
  'picture.kind': 'pictureKind',
  'season.kind': 'season',
  'season.note': 'seasonNote',
  displayName: 'displayName',
  label: 'label',
  partnerName: 'partnerName',
  kind: 'kind',
  revealPolicy: 'revealPolicy',
};

const DIMENSION_PARTS: Record<string, string> = {
  note: 'dimensionNote',
  leans: 'dimensionLeans',
  picture: 'dimensionPicture',
};

/** Which field a path names, and the dimension's title when it is one dimension's part. */
function fieldOf(path: string, intl: IntlShape): { field: string; dimension: string } {
  const m = /^dimensions\.(\w+)(?:\.(\w+))?/.exec(path);
  if (m && (DIMENSION_KEYS as string[]).includes(m[1])) {
    return { field: DIMENSION_PARTS[m[2] ?? 'score'] ?? 'dimensionScore', dimension: methodWordsFor(intl).dimensionText(m[1] as DimensionKey).title };
  }
  return { field: FIELD_KEYS[path] ?? 'other', dimension: '' };
}

/** The words shown when an answer is still needed before submitting. */
export function missingMessage(path: string, intl: IntlShape): string {
  if (path === 'picture.text') return intl.formatMessage({ id: 'app.validation.pictureNeeded' });
  return intl.formatMessage({ id: 'app.validation.missing' }, fieldOf(path, intl));
}

/**
 * Everything said beside one field of a draft, each once: the local check's words, the server's (as the host worded
 * them, in the reader's language: never reworded here), and "please choose" when the answer is still needed.
 */
export function fieldMessages(
  path: string,
  said: { local: Record<string, string>; server: Record<string, string[]>; missing: string[] | null },
  intl: IntlShape,
): string[] | undefined {
  const list = [
    ...(said.local[path] ? [said.local[path]] : []),
    ...(said.server[path] ?? []),
    ...(said.missing?.includes(path) ? [missingMessage(path, intl)] : []),
  ];
  return list.length ? [...new Set(list)] : undefined;
}
