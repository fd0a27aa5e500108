import { RevealBody } from '../components/RevealBody';
import type { Perspective } from '../types';

/**
 * Two people's perspectives of one released round, for the shared screen and the report: the reveal's own parts, with
 * both people named. The facilitator's copy holds no private note or picture, so none can show here.
 */
export function PairPerspectives({ a, b, nameA, nameB }: { a: Perspective; b: Perspective; nameA: string; nameB: string }) {
  return <RevealBody mine={a} theirs={b} selfName={nameA} partnerName={nameB} level={3} />;
}
