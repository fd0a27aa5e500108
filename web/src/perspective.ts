// A perspective as the rating screen holds it: every field present, so inputs stay controlled.
import { DIMENSION_KEYS } from './method';
import type { DimensionKey, Leans, Perspective, PictureKind, SeasonKind } from './types';

export interface LocalDimension {
  score: number | null;
  leans: Leans | null;
  note: string;
}

export interface LocalDraft {
  dimensions: Record<DimensionKey, LocalDimension>;
  overall: number | null;
  picture: { kind: PictureKind; text: string };
  season: { kind: SeasonKind; note: string };
}

export type TopField = keyof LocalDraft;
export const TOP_FIELDS: TopField[] = ['dimensions', 'overall', 'picture', 'season'];

const asScore = (v: unknown): number | null =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5 ? v : null;

export function normalize(p: Perspective | null | undefined): LocalDraft {
  const dimensions = {} as Record<DimensionKey, LocalDimension>;
  for (const key of DIMENSION_KEYS) {
    const d = p?.dimensions?.[key];
    dimensions[key] = { score: asScore(d?.score), leans: d?.leans ?? null, note: d?.note ?? '' };
  }
  return {
    dimensions,
    overall: asScore(p?.overall),
    picture: { kind: p?.picture?.kind ?? 'mutualPattern', text: p?.picture?.text ?? '' },
    season: { kind: p?.season?.kind ?? 'none', note: p?.season?.note ?? '' },
  };
}

export const emptyDraft = (): LocalDraft => normalize(null);

/**
 * The body of a draft PUT: only the named top-level fields, each sent whole, without unset values. The server keeps
 * whatever a save leaves out (docs/api.md, "Drafts merge"), so every dimension goes with its note, "" when deleted.
 */
export function toPatch(draft: LocalDraft, fields: Iterable<TopField>): Perspective {
  const patch: Perspective = {};
  for (const field of fields) {
    switch (field) {
      case 'dimensions': {
        const dims: NonNullable<Perspective['dimensions']> = {};
        for (const key of DIMENSION_KEYS) {
          const d = draft.dimensions[key];
          dims[key] = {
            ...(d.score !== null ? { score: d.score } : {}),
            ...(d.leans !== null ? { leans: d.leans } : {}),
            note: d.note,
          };
        }
        patch.dimensions = dims;
        break;
      }
      case 'overall':
        if (draft.overall !== null) patch.overall = draft.overall;
        break;
      case 'picture':
        patch.picture = { ...draft.picture };
        break;
      case 'season':
        patch.season = { ...draft.season };
        break;
    }
  }
  return patch;
}

export const needsPicture = (overall: number | null): boolean => overall !== null && overall <= 2;

/** Field paths (as the API names them) that still need an answer before submitting. */
export function missingFields(draft: LocalDraft): string[] {
  const missing: string[] = [];
  for (const key of DIMENSION_KEYS) {
    if (draft.dimensions[key].score === null) missing.push(`dimensions.${key}.score`);
  }
  if (draft.overall === null) missing.push('overall');
  if (needsPicture(draft.overall) && draft.picture.text.trim() === '') missing.push('picture.text');
  return missing;
}

export const isComplete = (draft: LocalDraft): boolean => missingFields(draft).length === 0;

/** Which top-level fields differ between two drafts. */
export function changedFields(a: LocalDraft, b: LocalDraft): TopField[] {
  return TOP_FIELDS.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]));
}
