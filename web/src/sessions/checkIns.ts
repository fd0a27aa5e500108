// Check-ins and rounds: each check-in adds one round to every opened pair still in the room, so a pair opened in a
// later check-in counts its rounds from there, and a pair left out stays in its round.
import type { ReleasedPairRound, SessionPair } from './types';

/** The pair's round number in check-in `checkIn` of a session now at `current`, or null before the pair existed. */
export function roundOfCheckIn(pair: SessionPair, checkIn: number, current: number): number | null {
  if (!pair.relationshipId) return null;
  const round = pair.firstCheckIn !== undefined ? checkIn - pair.firstCheckIn + 1 : pair.roundNumber - (current - checkIn);
  return round >= 1 ? round : null;
}

/** The released round of that check-in, if the pair's was opened. */
export function releasedInCheckIn(pair: SessionPair, rounds: ReleasedPairRound[], checkIn: number, current: number): ReleasedPairRound | null {
  const number = roundOfCheckIn(pair, checkIn, current);
  return number === null ? null : (rounds.find((r) => r.number === number) ?? null);
}

export const checkInNumbers = (current: number): number[] => Array.from({ length: Math.max(current, 1) }, (_, i) => i + 1);
