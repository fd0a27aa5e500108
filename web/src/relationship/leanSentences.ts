// The sentences about two leanings, each read from the one frame (leaning.ts): who gives more, as each named a person.
// The first person is the viewer ("you") unless `names.self` names them (a facilitator's screen, where nobody is "you").
// Every sentence is a whole message of the relationship catalogue; names go in as values, never translated.
import type { IntlShape } from 'react-intl';
import { capitalize, methodWordsFor } from '../method';
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
const nameOf = (p: Person, names: Names) => (p === 'a' ? (names.self ?? '') : names.other);

/** Who the sentence is about, as the catalogue's selects read it: `viewer` is "you" on the viewer's own screen. */
const people = (names: Names) => ({ viewer: names.self === null ? 'you' : 'named', self: names.self ?? '', other: names.other });

/** What one person said, in the frame: "Sam feels you give more here", "you didn’t name a direction". */
function said(intl: IntlShape, rater: Person, named: Named, names: Names): string {
  const kind = named === null ? 'none' : named === 'both' ? 'both' : named === rater ? 'self' : 'other';
  const giver: Person = rater === 'a' ? 'b' : 'a';
  return intl.formatMessage(
    { id: 'relationship.lean.said' },
    {
      named: kind,
      raterIsYou: isYou(rater, names) ? 'yes' : 'no',
      rater: nameOf(rater, names),
      giverIsYou: isYou(giver, names) ? 'yes' : 'no',
      giver: nameOf(giver, names),
    },
  );
}

/** One person's leaning on their side of the reveal, in the frame: "Sam feels you give more here". */
export const sideSentence = (intl: IntlShape, rater: Person, lean: Leans | null, names: Names): string =>
  capitalize(said(intl, rater, namedBy(lean, rater), names));

/** "Sam is in a season of illness", "you are in a season of grief, and Sam in a season of illness"; null with none. */
export function seasonClause(intl: IntlShape, seasons: Seasons, names: Names): string | null {
  const { SEASON_PHRASE } = methodWordsFor(intl);
  const a = SEASON_PHRASE[seasons.a];
  const b = SEASON_PHRASE[seasons.b];
  const first = a && intl.formatMessage({ id: 'relationship.season.first' }, { ...people(names), phrase: a });
  if (first && b) return intl.formatMessage({ id: 'relationship.season.both' }, { first, other: names.other, phrase: b });
  if (first) return first;
  return b && intl.formatMessage({ id: 'relationship.season.other' }, { other: names.other, phrase: b });
}

/** How the two leanings read together, with any season acknowledged where someone is named as giving more. */
export function leansSentence(intl: IntlShape, frame: LeanFrame, names: Names, seasons: Seasons): string {
  const who = people(names);
  let text: string;
  switch (frame.agreement) {
    case 'unsaid':
      return '';
    case 'sameGiver':
      text = intl.formatMessage({ id: 'relationship.lean.sameGiver' }, { ...who, giver: frame.giver! });
      break;
    case 'bothWays':
      text = intl.formatMessage({ id: 'relationship.lean.bothWays' }, who);
      break;
    case 'eachSelf':
      text = intl.formatMessage({ id: 'relationship.lean.eachSelf' }, who);
      break;
    case 'eachOther':
      text = intl.formatMessage({ id: 'relationship.lean.eachOther' }, who);
      break;
    case 'oneWayAndBoth':
    case 'oneSaid':
      text = intl.formatMessage(
        { id: frame.agreement === 'oneSaid' ? 'relationship.lean.oneSaid' : 'relationship.lean.oneWayAndBoth' },
        { ...who, first: capitalize(said(intl, 'a', frame.byA, names)), second: said(intl, 'b', frame.byB, names) },
      );
      break;
  }
  const season = seasonClause(intl, seasons, names);
  return season && frame.leansOneWay
    ? intl.formatMessage({ id: 'relationship.lean.withSeason' }, { text, season: capitalize(season) })
    : text;
}

/** The opener of a shared imbalance: both name the same giver. A marked season is named, not asked about. */
export function sharedImbalanceOpener(intl: IntlShape, frame: LeanFrame, names: Names, giving: string, seasons: Seasons): string {
  const values = { ...people(names), giver: frame.giver!, giving };
  const season = seasonClause(intl, seasons, names);
  return season
    ? intl.formatMessage({ id: 'relationship.opener.sharedImbalanceInSeason' }, { ...values, season })
    : intl.formatMessage({ id: 'relationship.opener.sharedImbalance' }, values);
}

/** A different experience's opener: the dimension's question, and a marked season named beside it. */
export function differentOpener(intl: IntlShape, conversation: string, names: Names, seasons: Seasons): string {
  const season = seasonClause(intl, seasons, names);
  return season ? intl.formatMessage({ id: 'relationship.opener.differentInSeason' }, { conversation, season: capitalize(season) }) : conversation;
}
