// Every picture one perspective holds, where it belongs: the overall picture and each dimension's own.
import { DIMENSIONS } from '../method';
import { normalize, type LocalPicture } from './perspective';
import type { DimensionKey, Perspective } from '../types';

export interface PlacedPicture {
  where: DimensionKey | 'overall';
  /** "Overall", or the dimension's title: "Upkeep". */
  title: string;
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
    { where: 'overall', title: 'Overall', picture: d.picture },
    ...DIMENSIONS.map((x) => ({ where: x.key, title: x.title, picture: d.dimensions[x.key].picture })),
  ];
  return all.filter((x) => x.picture.text.trim() !== '' && (withPrivate || !x.picture.private));
}
