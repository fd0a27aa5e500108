// The method's words: dimensions, guiding questions, scale ends. Shown where people decide.
import type { DimensionKey, Flow, Kind, Leans, PictureKind, SeasonKind } from './types';
import WORDS from './words/method-words.json';

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
    title: WORDS.dimensions.initiation.title,
    question: 'Who reaches out first?',
    prompts: [
      'Who gets in touch first, day to day?',
      'Who notices when something is wrong?',
      'Who raises the hard topics?',
    ],
    conversation: WORDS.dimensions.initiation.conversation,
    giving: 'the reaching out',
  },
  {
    key: 'depth',
    title: WORDS.dimensions.depth.title,
    question: 'When one of you shares something vulnerable, how does the other respond?',
    prompts: [
      'Think of the last time you opened up. Was it met deeply, or lightly?',
      'And when they opened up to you, how did you meet it?',
    ],
    conversation: WORDS.dimensions.depth.conversation,
    giving: 'the listening when something matters',
  },
  {
    key: 'crisisResponse',
    title: WORDS.dimensions.crisisResponse.title,
    question: 'In the last real difficulty each of you faced, what did the other actually do?',
    prompts: [
      'Think of effort and presence, not intentions.',
      'What was done, and how did it feel to receive it?',
    ],
    conversation: WORDS.dimensions.crisisResponse.conversation,
    giving: 'the showing up in hard times',
  },
  {
    key: 'maintenance',
    title: WORDS.dimensions.maintenance.title,
    question: 'Who does the ongoing upkeep?',
    prompts: ['Checking in.', 'Remembering dates.', 'Noticing shifts in mood.'],
    conversation: WORDS.dimensions.maintenance.conversation,
    giving: 'the upkeep',
  },
];

export const DIMENSION_KEYS: DimensionKey[] = DIMENSIONS.map((d) => d.key);

export const dimensionText = (key: DimensionKey): DimensionText =>
  DIMENSIONS.find((d) => d.key === key)!;

export const SCALE_WORDS: Record<number, string> = WORDS.scale;

export const SCALE_LOW = SCALE_WORDS[1];
export const SCALE_HIGH = SCALE_WORDS[5];

export const LEANS_MINE: Record<Leans, string> = WORDS.leansMine;

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

export const SEASON_WORDS: Record<SeasonKind, string> = WORDS.seasons;

export const PICTURE_WORDS: Record<PictureKind, string> = WORDS.picturesMine;

export const PICTURE_WORDS_THEIRS: Record<PictureKind, string> = WORDS.picturesTheirs;

/** The method's guidance, shown beside every picture field. */
export const PICTURE_GUIDANCE =
  'Describe what reciprocity would look like here, as something to build toward rather than something that went ' +
  'wrong. It can be a mutual pattern to build, or a boundary you need.';

/** The words beside every "Only for me" control. */
export const PRIVATE_HINT = (partnerName: string) =>
  `Kept with your answers and shown only to you, never to ${partnerName}.`;

export const ONLY_YOU = 'Only you see this';

/** A season in a sentence: "in a season of grief". Null when there is none. */
export const SEASON_PHRASE: Record<SeasonKind, string | null> = { none: null, ...WORDS.seasonPhrases };

const ORDINALS = WORDS.checkIn.ordinals;

/** A round as people say it: "second check-in", never "Round 2". */
export const checkInName = (n: number): string => `${ORDINALS[n - 1] ?? `number ${n}`} ${WORDS.checkIn.word}`;

export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** How two views of a dimension sit together: the reveal's headlines, the family summary's and the report's words. */
export const EXPERIENCE_WORDS = WORDS.experiences;

/** The headings of what stays of a conversation: a word of thanks, one small thing to try. */
export const TRACE_WORDS = WORDS.traces;

/** The line every filed report carries, on paper and in Markdown. */
export const REPORT_CONFIDENTIAL = WORDS.report.confidential;
