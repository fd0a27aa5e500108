// The method's words: dimensions, guiding questions, scale ends. Shown where people decide.
import type { DimensionKey, Flow, Kind, Leans, PictureKind, SeasonKind } from './types';

export interface DimensionText {
  key: DimensionKey;
  title: string;
  question: string;
  prompts: string[];
  conversation: string;
  /** What the giving is, in "most of …": the opener of a shared imbalance. */
  giving: string;
}

export const DIMENSIONS: DimensionText[] = [
  {
    key: 'initiation',
    title: 'Reaching out',
    question: 'Who reaches out first?',
    prompts: [
      'Who gets in touch first, day to day?',
      'Who notices when something is wrong?',
      'Who raises the hard topics?',
    ],
    conversation: 'When did you last feel the other reached out to you first, and what did it mean to you?',
    giving: 'the reaching out',
  },
  {
    key: 'depth',
    title: 'Depth',
    question: 'When one of you shares something vulnerable, how does the other respond?',
    prompts: [
      'Think of the last time you opened up. Was it met deeply, or lightly?',
      'And when they opened up to you, how did you meet it?',
    ],
    conversation: 'What helps each of you feel truly heard when you share something that matters?',
    giving: 'the listening when something matters',
  },
  {
    key: 'crisisResponse',
    title: 'In a crisis',
    question: 'In the last real difficulty each of you faced, what did the other actually do?',
    prompts: [
      'Think of effort and presence, not intentions.',
      'What was done, and how did it feel to receive it?',
    ],
    conversation: 'Looking back at the last hard time, what would have helped that the other may not know about?',
    giving: 'the showing up in hard times',
  },
  {
    key: 'maintenance',
    title: 'Upkeep',
    question: 'Who does the ongoing upkeep?',
    prompts: ['Checking in.', 'Remembering dates.', 'Noticing shifts in mood.'],
    conversation: 'Which small, everyday gestures mean the most to each of you?',
    giving: 'the upkeep',
  },
];

export const DIMENSION_KEYS: DimensionKey[] = DIMENSIONS.map((d) => d.key);

export const dimensionText = (key: DimensionKey): DimensionText =>
  DIMENSIONS.find((d) => d.key === key)!;

export const SCALE_LOW = 'Heavily one-directional';
export const SCALE_HIGH = 'Roughly mutual';

export const SCALE_WORDS: Record<number, string> = {
  1: 'Heavily one-directional',
  2: 'Mostly one-directional',
  3: 'Partly mutual',
  4: 'Mostly mutual',
  5: 'Roughly mutual',
};

export const LEANS_MINE: Record<Leans, string> = {
  me: 'I mostly give',
  them: 'I mostly receive',
  neither: 'It flows both ways',
};

/** The other person's leaning, in words about them (their `me` means themselves). */
export const leansTheirs = (l: Leans, name: string): string =>
  l === 'me' ? `${name} feels they mostly give` : l === 'them' ? `${name} feels they mostly receive` : `${name} feels it flows both ways`;

/** A flow in the reading across relationships: the same words as the leaning it comes from. */
export const FLOW_MINE: Record<Flow, string> = {
  mostlyGive: 'You mostly give',
  mostlyReceive: 'You mostly receive',
  bothWays: 'It flows both ways',
  notNamed: 'You didn’t name a direction',
};

export const flowTheirs = (f: Flow, name: string): string =>
  f === 'mostlyGive'
    ? `${name} feels they mostly give`
    : f === 'mostlyReceive'
      ? `${name} feels they mostly receive`
      : f === 'bothWays'
        ? `${name} feels it flows both ways`
        : `${name} didn’t name a direction`;

export const KIND_WORDS: Record<Kind, string> = {
  partner: 'Partner',
  closeFriend: 'Close friend',
  familyMember: 'Family member',
  other: 'Someone else',
};

export const SEASON_WORDS: Record<SeasonKind, string> = {
  none: 'No particular season',
  illness: 'Illness',
  grief: 'Grief',
  transition: 'A transition (a move, a new job, a baby…)',
  other: 'Something else',
};

export const PICTURE_WORDS: Record<PictureKind, string> = {
  mutualPattern: 'A mutual pattern to build',
  boundary: 'A boundary I need',
};

export const PICTURE_WORDS_THEIRS: Record<PictureKind, string> = {
  mutualPattern: 'A mutual pattern to build',
  boundary: 'A boundary they need',
};

/** The method's guidance, shown beside every picture field. */
export const PICTURE_GUIDANCE =
  'Describe what reciprocity would look like here, as something to build toward rather than something that went ' +
  'wrong. It can be a mutual pattern to build, or a boundary you need.';

/** The words beside every "Only for me" control. */
export const PRIVATE_HINT = (partnerName: string) =>
  `Kept with your answers and shown only to you, never to ${partnerName}.`;

export const ONLY_YOU = 'Only you see this';

/** A season in a sentence: "in a season of grief". Null when there is none. */
export const SEASON_PHRASE: Record<SeasonKind, string | null> = {
  none: null,
  illness: 'in a season of illness',
  grief: 'in a season of grief',
  transition: 'in a season of transition',
  other: 'in a particular season',
};

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** A round as people say it: "second check-in", never "Round 2". */
export const checkInName = (n: number): string => `${ORDINALS[n - 1] ?? `number ${n}`} check-in`;

export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
