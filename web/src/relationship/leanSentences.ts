// The sentences about two leanings, each read from the one frame (leaning.ts): who gives more, as each named a person.
// The first person is the viewer ("you") unless `names.self` names them (a facilitator's screen, where nobody is "you").
import { capitalize, SEASON_PHRASE } from '../method';
import { namedBy, type LeanFrame, type Named, type Person } from './leaning';
import type { Leans, SeasonKind } from '../types';

/** How to name the two people: the viewer is "you" (self null), or both are named. */
export interface Names {
  self: string | null;
  other: string;
}

/** The season each person marked ("none" when they marked none). */
export interface Seasons {
  a: SeasonKind;
  b: SeasonKind;
}

const isYou = (p: Person, names: Names) => p === 'a' && names.self === null;
const nameOf = (p: Person, names: Names) => (p === 'a' ? (names.self ?? 'you') : names.other);
/** "you give", "Alex gives". */
const gives = (p: Person, names: Names) => (isYou(p, names) ? 'you give' : `${nameOf(p, names)} gives`);
/** "you feel", "Alex feels". */
const feels = (p: Person, names: Names) => (isYou(p, names) ? 'you feel' : `${nameOf(p, names)} feels`);
/** "You and Sam both", "Alex and Sam both". */
export const bothOf = (names: Names) => `${names.self ?? 'You'} and ${names.other} both`;
const each = (names: Names) => (names.self === null ? 'You each' : `${names.self} and ${names.other} each`);

/** What one person said, in the frame: "Sam feels you give more here", "you didn’t name a direction". */
function said(rater: Person, named: Named, names: Names): string {
  if (named === null) return `${isYou(rater, names) ? 'you' : nameOf(rater, names)} didn’t name a direction`;
  if (named === 'both') return `${feels(rater, names)} it flows both ways`;
  const giver = named === rater ? (isYou(rater, names) ? 'you give' : 'they give') : gives(named, names);
  return `${feels(rater, names)} ${giver} more here`;
}

/** One person's leaning on their side of the reveal, in the frame: "Sam feels you give more here". */
export const sideSentence = (rater: Person, lean: Leans | null, names: Names): string =>
  capitalize(said(rater, namedBy(lean, rater), names));

/** "Sam is in a season of illness", "you are in a season of grief, and Sam in a season of illness"; null with none. */
export function seasonClause(seasons: Seasons, names: Names): string | null {
  const a = SEASON_PHRASE[seasons.a];
  const b = SEASON_PHRASE[seasons.b];
  const first = a && `${names.self === null ? 'you are' : `${names.self} is`} ${a}`;
  if (first && b) return `${first}, and ${names.other} ${b}`;
  if (first) return first;
  return b && `${names.other} is ${b}`;
}

/** How the two leanings read together, with any season acknowledged where someone is named as giving more. */
export function leansSentence(frame: LeanFrame, names: Names, seasons: Seasons): string {
  const listen = names.self === null ? 'It may help to hear what each of you notices.' : 'It may help to hear what each notices.';
  let text: string;
  switch (frame.agreement) {
    case 'unsaid':
      return '';
    case 'sameGiver':
      text = `${bothOf(names)} notice ${gives(frame.giver!, names)} more of this at the moment.`;
      break;
    case 'bothWays':
      text = `${bothOf(names)} feel this one flows both ways.`;
      break;
    case 'eachSelf':
      text =
        names.self === null
          ? 'You each feel you give more here. That often means you give in different ways, and each of you notices your own giving most.'
          : `${each(names)} feel they give more here. That often means they give in different ways, and each notices their own giving most.`;
      break;
    case 'eachOther':
      text = `${each(names)} feel the other gives more here. There may be thanks here that hasn’t been said yet.`;
      break;
    case 'oneWayAndBoth':
      text = `${capitalize(said('a', frame.byA, names))}; ${said('b', frame.byB, names)}. ${listen}`;
      break;
    case 'oneSaid':
      text = `${capitalize(said('a', frame.byA, names))}; ${said('b', frame.byB, names)}.`;
      break;
  }
  const season = seasonClause(seasons, names);
  return season && frame.leansOneWay ? `${text} ${capitalize(season)}: in a season, care leaning one way for a while is part of looking after each other.` : text;
}

/** The opener of a shared imbalance: both name the same giver. A marked season is named, not asked about. */
export function sharedImbalanceOpener(frame: LeanFrame, names: Names, giving: string, seasons: Seasons): string {
  const noticed = `${bothOf(names)} notice ${gives(frame.giver!, names)} most of ${giving}`;
  const season = seasonClause(seasons, names);
  return season
    ? `${noticed}, while ${season}. In a season, care leaning one way is part of looking after each other: what would help while it lasts?`
    : `${noticed}. Is that a season, or the usual pattern?`;
}

/** A different experience's opener: the dimension's question, and a marked season named beside it. */
export function differentOpener(conversation: string, names: Names, seasons: Seasons): string {
  const season = seasonClause(seasons, names);
  return season ? `${conversation} ${capitalize(season)}: some of this may belong to the season.` : conversation;
}
