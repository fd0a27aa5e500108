// Two named perspectives read side by side, for the facilitator's shared screen and report: nobody here is "you".
import type { Leans } from '../types';

/** How two people's "which way it leans" answers read together; each person's `me` means themselves. */
export function leansBetween(a: Leans | null, b: Leans | null, nameA: string, nameB: string): string {
  if (!a || !b) return '';
  if (a === 'me' && b === 'me')
    return `${nameA} and ${nameB} each feel they mostly give here. That often means they give in different ways, and each notices their own giving most.`;
  if (a === 'them' && b === 'them') return `${nameA} and ${nameB} each feel they mostly receive here. There may be thanks here that hasn’t been said yet.`;
  if (a === 'me' && b === 'them') return `Both see ${nameA} giving more of this at the moment.`;
  if (a === 'them' && b === 'me') return `Both see ${nameB} giving more of this at the moment.`;
  if (a === 'neither' && b === 'neither') return 'Both feel this one flows both ways.';
  return 'One feels this flows both ways, and the other feels it leans one way. It may help to hear what each notices.';
}

/** The two names of a pair, in the order of its seats. */
export function pairNames(seats: [string, string], names: Map<string, string>): [string, string] {
  return [names.get(seats[0]) ?? 'Someone', names.get(seats[1]) ?? 'Someone'];
}

/** The two perspectives of a released round in the order of the pair's seats, by the people who hold them. */
export function orderedPeople(seatPeople: [string | null, string | null], perspectiveIds: string[]): [string, string] | null {
  const [a, b] = seatPeople;
  if (a && b && perspectiveIds.includes(a) && perspectiveIds.includes(b)) return [a, b];
  // A seat whose person left: keep whatever order the round gives.
  return perspectiveIds.length === 2 ? [perspectiveIds[0], perspectiveIds[1]] : null;
}
