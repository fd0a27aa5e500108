// Which pairs a family session holds: every pair by default, or the ones the facilitator chooses.
import type { PairsChoice } from './sessionApi';
import type { Participant, SessionPair } from './types';

/** One key per pair, whichever way round its seats are named. */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Every pair of the seats, in the order the people were added: n·(n−1)/2 of them. */
export function everyPair(seatIds: string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < seatIds.length; i++) for (let j = i + 1; j < seatIds.length; j++) pairs.push([seatIds[i], seatIds[j]]);
  return pairs;
}

export interface PairOption {
  key: string;
  seats: [string, string];
  names: [string, string];
  chosen: boolean;
  /** Both its people have taken their seats, so it has begun: it stays (the server refuses to remove it). */
  locked: boolean;
  /** The facilitator left it out on the board. */
  leftOut: boolean;
}

/** Every possible pair of the session's people, marked as chosen when the session holds it. */
export function pairOptions(participants: Participant[], pairs: SessionPair[]): PairOption[] {
  const present = participants.filter((p) => !p.left);
  const names = new Map(present.map((p) => [p.seatId, p.name]));
  const held = new Map(pairs.map((p) => [pairKey(p.seats[0], p.seats[1]), p]));
  return everyPair(present.map((p) => p.seatId)).map((seats) => {
    const pair = held.get(pairKey(...seats));
    return {
      key: pairKey(...seats),
      seats,
      names: [names.get(seats[0])!, names.get(seats[1])!],
      chosen: !!pair,
      locked: !!pair?.relationshipId,
      leftOut: !!pair?.leftOut,
    };
  });
}

/** Toggles one pair; a pair that has begun stays chosen. */
export function toggle(options: PairOption[], key: string): PairOption[] {
  return options.map((o) => (o.key === key && !o.locked ? { ...o, chosen: !o.chosen } : o));
}

/** What to send: `everyPair` when every pair is chosen, so people added later are paired with everyone too. */
export function choiceBody(options: PairOption[]): PairsChoice {
  if (options.length > 0 && options.every((o) => o.chosen)) return { everyPair: true };
  return { pairs: options.filter((o) => o.chosen).map((o) => o.seats) };
}

export const isUnchanged = (options: PairOption[], pairs: SessionPair[]): boolean => {
  const held = new Set(pairs.map((p) => pairKey(p.seats[0], p.seats[1])));
  return options.every((o) => o.chosen === held.has(o.key));
};
