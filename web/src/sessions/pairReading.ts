// A pair's two people in the order of its seats, for the facilitator's screens and report. Their leanings are read
// together by the one frame every reveal uses (leaning.ts, leanSentences.ts), through RevealBody.

/** The two names of a pair, in the order of its seats; `someone` stands for a seat no longer in the session. */
export function pairNames(seats: [string, string], names: Map<string, string>, someone: string): [string, string] {
  return [names.get(seats[0]) ?? someone, names.get(seats[1]) ?? someone];
}

/** The two perspectives of a released round in the order of the pair's seats, by the people who hold them. */
export function orderedPeople(seatPeople: [string | null, string | null], perspectiveIds: string[]): [string, string] | null {
  const [a, b] = seatPeople;
  if (a && b && perspectiveIds.includes(a) && perspectiveIds.includes(b)) return [a, b];
  // A seat whose person left: keep whatever order the round gives.
  return perspectiveIds.length === 2 ? [perspectiveIds[0], perspectiveIds[1]] : null;
}
