// Every picture one perspective holds, where it belongs: the overall picture and each dimension's own.
import { DIMENSION_KEYS } from '../method';
import { normalize, type LocalPicture } from './perspective';
import type { DimensionKey, Perspective } from '../types';

export interface PlacedPicture {
  /** Where it belongs: "overall", or a dimension. */
  where: DimensionKey | 'overall';
  picture: LocalPicture;
}

/**
 * The pictures of a perspective with text, the overall one first, then each dimension in the method's order. A private
 * picture is listed only with `withPrivate` (its author's own view); a copy meant for anyone else never holds one, and
 * this drops any that did.
 */
export function picturesOf(p: Perspective | null | undefined, { withPrivate }: { withPrivate: boolean }): PlacedPicture[] {
  const d = normalize(p);
  const all: PlacedPicture[] = [
    { where: 'overall', picture: d.picture },
    ...DIMENSION_KEYS.map((key) => ({ where: key, picture: d.dimensions[key].picture })),
  ];
  return all.filter((x) => x.picture.text.trim() !== '' && (withPrivate || !x.picture.private));
}
