// A pair's rounds across a household's sessions as timeline points, so the pair's own timeline and readings draw them.
import { DIMENSION_KEYS } from '../method';
import type { PointOfView, Perspective, TimelinePoint } from '../types';
import type { PairMovement } from './types';

export function pointOf(p: Perspective | undefined): PointOfView {
  const scores: PointOfView['scores'] = {};
  const leans: PointOfView['leans'] = {};
  for (const d of DIMENSION_KEYS) {
    const rating = p?.dimensions?.[d];
    if (typeof rating?.score === 'number') scores[d] = rating.score;
    leans[d] = rating?.leans ?? null;
  }
  return { scores, leans, overall: p?.overall ?? 0, season: p?.season?.kind ?? 'none' };
}

/** The pair's two people in a steady order (by name), and their rounds as points: the first as "mine", the second as "theirs". */
export function movementPoints(pair: PairMovement): { first: string; second: string; points: TimelinePoint[] } {
  const [a, b] = Object.entries(pair.names).sort(([, x], [, y]) => x.localeCompare(y));
  const points = pair.rounds.map((r) => ({
    number: r.number,
    revealedAt: r.revealedAt,
    solo: false,
    mine: pointOf(r.perspectives[a?.[0] ?? '']),
    theirs: pointOf(r.perspectives[b?.[0] ?? '']),
  }));
  return { first: a?.[1] ?? '', second: b?.[1] ?? '', points };
}
