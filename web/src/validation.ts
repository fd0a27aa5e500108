// Messages for what a person typed, and for the API's problem details, in kind words.
import { dimensionText, DIMENSION_KEYS } from './method';
import type { LocalDraft } from './relationship/perspective';
import type { DimensionKey } from './types';

export const LIMITS = { name: 80, label: 80, note: 2000, picture: 4000 } as const;

// Line breaks and tabs are fine; other control characters are refused by the API.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export const hasControlCharacters = (s: string): boolean => CONTROL.test(s);

export function validateText(value: string, max: number, what: string, required = false): string | null {
  if (required && value.trim() === '') return `Please write ${what}.`;
  if ([...value].length > max) return `Please keep ${what} to ${max} characters or fewer (it has ${[...value].length}).`;
  if (hasControlCharacters(value)) return `${capitalize(what)} contains an invisible character we can’t store. Try retyping the last bit.`;
  return null;
}

export const validateName = (name: string): string | null => validateText(name, LIMITS.name, 'a name', true);
export const validateLabel = (label: string): string | null => validateText(label, LIMITS.label, 'a label');

/** Local checks on a draft, keyed by API field path. Missing answers are not errors while drafting. */
export function validateDraft(d: LocalDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const key of DIMENSION_KEYS) {
    const msg = validateText(d.dimensions[key].note, LIMITS.note, 'the note');
    if (msg) errors[`dimensions.${key}.note`] = msg;
    const picture = validateText(d.dimensions[key].picture.text, LIMITS.picture, 'the picture');
    if (picture) errors[`dimensions.${key}.picture.text`] = picture;
  }
  const pic = validateText(d.picture.text, LIMITS.picture, 'the picture');
  if (pic) errors['picture.text'] = pic;
  const season = validateText(d.season.note, LIMITS.note, 'the note about this season');
  if (season) errors['season.note'] = season;
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

const FIELD_NAMES: Record<string, string> = {
  overall: 'the overall rating',
  'picture.text': 'the picture',
  'picture.kind': 'the kind of picture',
  'season.kind': 'the season',
  'season.note': 'the note about this season',
  displayName: 'your name',
  label: 'the label',
  partnerName: 'their name',
  kind: 'the kind of relationship',
  revealPolicy: 'how it opens',
};

const DIMENSION_PARTS: Record<string, string> = {
  note: 'the note for',
  leans: 'which way it leans for',
  picture: 'the picture for',
};

export function fieldName(path: string): string {
  const m = /^dimensions\.(\w+)(?:\.(\w+))?/.exec(path);
  if (m && (DIMENSION_KEYS as string[]).includes(m[1])) {
    const title = dimensionText(m[1] as DimensionKey).title;
    const part = DIMENSION_PARTS[m[2] ?? 'score'] ?? 'a rating for';
    return `${part} “${title}”`;
  }
  return FIELD_NAMES[path] ?? 'this answer';
}

/** The words shown when an answer is still needed before submitting. */
export function missingMessage(path: string): string {
  if (path === 'picture.text')
    return 'An overall rating of 1 or 2 needs a picture: what reciprocity would look like, or the boundary you need.';
  return `Please choose ${fieldName(path)}.`;
}

const looksMissing = (msg: string) => /required|missing|must be set|empty|null/i.test(msg);

/** A server message, reworded kindly when it only says something is missing. */
export function kindServerMessage(path: string, serverMessage: string): string {
  if (looksMissing(serverMessage)) return missingMessage(path);
  return serverMessage;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
