// A perspective as the rating screen holds it: every field present, so inputs stay controlled.
import { DIMENSION_KEYS } from '../method';
import type { DimensionKey, Leans, Perspective, Picture, PictureKind, SeasonKind } from '../types';

/** `private`: only its author ever sees it. */
export interface LocalPicture {
  kind: PictureKind;
  text: string;
  private: boolean;
}

export interface LocalDimension {
  score: number | null;
  leans: Leans | null;
  note: string;
  /** Covers the note; the score and the leaning are shared. */
  private: boolean;
  /** Suggested when the dimension is at 1 or 2; never required. */
  picture: LocalPicture;
}

export interface LocalDraft {
  dimensions: Record<DimensionKey, LocalDimension>;
  overall: number | null;
  picture: LocalPicture;
  season: { kind: SeasonKind; note: string; private: boolean };
}

export type TopField = keyof LocalDraft;
export const TOP_FIELDS: TopField[] = ['dimensions', 'overall', 'picture', 'season'];

const asScore = (v: unknown): number | null =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5 ? v : null;

const localPicture = (p: Picture | null | undefined): LocalPicture => ({
  kind: p?.kind ?? 'mutualPattern',
  text: p?.text ?? '',
  private: p?.private === true,
});

export function normalize(p: Perspective | null | undefined): LocalDraft {
  const dimensions = {} as Record<DimensionKey, LocalDimension>;
  for (const key of DIMENSION_KEYS) {
    const d = p?.dimensions?.[key];
    dimensions[key] = {
      score: asScore(d?.score),
      leans: d?.leans ?? null,
      note: d?.note ?? '',
      private: d?.private === true,
      picture: localPicture(d?.picture),
    };
  }
  return {
    dimensions,
    overall: asScore(p?.overall),
    picture: localPicture(p?.picture),
    season: { kind: p?.season?.kind ?? 'none', note: p?.season?.note ?? '', private: p?.season?.private === true },
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
            private: d.private,
            // Always sent: the server merges field by field, so an emptied picture must say so.
            picture: { ...d.picture },
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

/** 1 or 2: the method asks for a picture (required overall, suggested for a dimension). */
export const isLow = (score: number | null): boolean => score !== null && score <= 2;

/** Field paths (as the API names them) that still need an answer before submitting. */
export function missingFields(draft: LocalDraft): string[] {
  const missing: string[] = [];
  for (const key of DIMENSION_KEYS) {
    if (draft.dimensions[key].score === null) missing.push(`dimensions.${key}.score`);
  }
  if (draft.overall === null) missing.push('overall');
  if (isLow(draft.overall) && draft.picture.text.trim() === '') missing.push('picture.text');
  return missing;
}

export const isComplete = (draft: LocalDraft): boolean => missingFields(draft).length === 0;

/** Which top-level fields differ between two drafts. */
export function changedFields(a: LocalDraft, b: LocalDraft): TopField[] {
  return TOP_FIELDS.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]));
}
