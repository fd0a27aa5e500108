// The method's words: dimensions, guiding questions, scale ends. Shown where people decide, in the reader's language.
// Two sources: the fixed words the host says too (web/src/words/method-words.json, and method-words.<language>.json
// beside it), and the app's own (the `method` part of the catalogues, web/src/i18n/messages/<language>/method.json).
// In a component: `const { DIMENSIONS, checkInName } = useMethodWords();`; elsewhere `methodWords(language)`.
/// <reference types="vite/client" />
import { useIntl, type IntlShape } from 'react-intl';
import { intlFor } from './i18n/intlFor';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './i18n/languages';
import type { MessageId } from './i18n/messageIds';
import type { DimensionKey, Flow, Kind, Leans, PictureKind, SeasonKind } from './types';
import ENGLISH_WORDS from './words/method-words.json';

type FixedWords = typeof ENGLISH_WORDS;

export interface DimensionText {
  key: DimensionKey;
  title: string;
  question: string;
  prompts: string[];
  conversation: string;
  /** What the giving is, in "most of …": the opener of a shared imbalance. */
  giving: string;
}

/** Every word of the method in one language: the same names the module exported when it spoke English alone. */
export interface MethodWords {
  DIMENSIONS: DimensionText[];
  dimensionText: (key: DimensionKey) => DimensionText;
  SCALE_WORDS: Record<number, string>;
  SCALE_LOW: string;
  SCALE_HIGH: string;
  LEANS_MINE: Record<Leans, string>;
  /** The other person's leaning, in words about them (their `me` means themselves). */
  leansTheirs: (l: Leans, name: string) => string;
  /** A flow in the reading across relationships: the same words as the leaning it comes from. */
  FLOW_MINE: Record<Flow, string>;
  flowTheirs: (f: Flow, name: string) => string;
  KIND_WORDS: Record<Kind, string>;
  SEASON_WORDS: Record<SeasonKind, string>;
  PICTURE_WORDS: Record<PictureKind, string>;
  PICTURE_WORDS_THEIRS: Record<PictureKind, string>;
  /** The method's guidance, shown beside every picture field. */
  PICTURE_GUIDANCE: string;
  /** The words beside every "Only for me" control. */
  PRIVATE_HINT: (partnerName: string) => string;
  ONLY_YOU: string;
  /** A season in a sentence: "in a season of grief". Null when there is none. */
  SEASON_PHRASE: Record<SeasonKind, string | null>;
  /** A round as people say it: "second check-in", never "Round 2". */
  checkInName: (n: number) => string;
  /** How two views of a dimension sit together: the reveal's headlines, the family summary's and the report's words. */
  EXPERIENCE_WORDS: FixedWords['experiences'];
  /** The headings of what stays of a conversation: a word of thanks, one small thing to try. */
  TRACE_WORDS: FixedWords['traces'];
  /** The line every filed report carries, on paper and in Markdown. */
  REPORT_CONFIDENTIAL: string;
}

// The fixed words of each language: method-words.json is English, method-words.<language>.json the others.
const FIXED_FILES = import.meta.glob<FixedWords>('./words/method-words.*.json', { eager: true, import: 'default' });

/** The fixed words file of a language, or null while it has none (the completeness test fails on that). */
export function fixedWordsOf(language: Language): FixedWords | null {
  if (language === DEFAULT_LANGUAGE) return ENGLISH_WORDS;
  return FIXED_FILES[`./words/method-words.${language}.json`] ?? null;
}

// The app's own method words, each dimension's by id (listed whole, so every id is findable in the sources).
const DIMENSION_IDS: Record<DimensionKey, { question: MessageId; prompts: MessageId[]; giving: MessageId }> = {
  initiation: {
    question: 'method.initiation.question',
    prompts: ['method.initiation.prompt1', 'method.initiation.prompt2', 'method.initiation.prompt3'],
    giving: 'method.initiation.giving',
  },
  depth: {
    question: 'method.depth.question',
    prompts: ['method.depth.prompt1', 'method.depth.prompt2'],
    giving: 'method.depth.giving',
  },
  crisisResponse: {
    question: 'method.crisisResponse.question',
    prompts: ['method.crisisResponse.prompt1', 'method.crisisResponse.prompt2'],
    giving: 'method.crisisResponse.giving',
  },
  maintenance: {
    question: 'method.maintenance.question',
    prompts: ['method.maintenance.prompt1', 'method.maintenance.prompt2', 'method.maintenance.prompt3'],
    giving: 'method.maintenance.giving',
  },
};

export const DIMENSION_KEYS: DimensionKey[] = ['initiation', 'depth', 'crisisResponse', 'maintenance'];

const FLOW_IDS: Record<Flow, { mine: MessageId; theirs: MessageId }> = {
  mostlyGive: { mine: 'method.flowMine.mostlyGive', theirs: 'method.flowTheirs.mostlyGive' },
  mostlyReceive: { mine: 'method.flowMine.mostlyReceive', theirs: 'method.flowTheirs.mostlyReceive' },
  bothWays: { mine: 'method.flowMine.bothWays', theirs: 'method.flowTheirs.bothWays' },
  notNamed: { mine: 'method.flowMine.notNamed', theirs: 'method.flowTheirs.notNamed' },
};

const KIND_IDS: Record<Kind, MessageId> = {
  partner: 'method.kind.partner',
  closeFriend: 'method.kind.closeFriend',
  familyMember: 'method.kind.familyMember',
  other: 'method.kind.other',
};

function mapValues<K extends string, A, B>(record: Record<K, A>, f: (value: A, key: K) => B): Record<K, B> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v as A, k as K)])) as Record<K, B>;
}

function wordsIn(language: Language): MethodWords {
  const fixed = fixedWordsOf(language) ?? ENGLISH_WORDS;
  const intl = intlFor(language);
  const say = (id: MessageId, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  // The fixed words carry ICU messages of their own ("{name} feels they mostly give").
  const sayFixed = (message: string, values: Record<string, string>) =>
    String(intl.formatters.getMessageFormat(message, language).format(values));

  const DIMENSIONS = DIMENSION_KEYS.map((key) => ({
    key,
    title: fixed.dimensions[key].title,
    question: say(DIMENSION_IDS[key].question),
    prompts: DIMENSION_IDS[key].prompts.map((id) => say(id)),
    conversation: fixed.dimensions[key].conversation,
    giving: say(DIMENSION_IDS[key].giving),
  }));
  const SCALE_WORDS: Record<number, string> = fixed.scale;
  return {
    DIMENSIONS,
    dimensionText: (key) => DIMENSIONS.find((d) => d.key === key)!,
    SCALE_WORDS,
    SCALE_LOW: SCALE_WORDS[1]!,
    SCALE_HIGH: SCALE_WORDS[5]!,
    LEANS_MINE: fixed.leansMine,
    leansTheirs: (l, name) => sayFixed(fixed.leansTheirs[l], { name }),
    FLOW_MINE: mapValues(FLOW_IDS, (ids) => say(ids.mine)),
    flowTheirs: (f, name) => say(FLOW_IDS[f].theirs, { name }),
    KIND_WORDS: mapValues(KIND_IDS, (id) => say(id)),
    SEASON_WORDS: fixed.seasons,
    PICTURE_WORDS: fixed.picturesMine,
    PICTURE_WORDS_THEIRS: fixed.picturesTheirs,
    PICTURE_GUIDANCE: say('method.pictureGuidance'),
    PRIVATE_HINT: (partnerName) => say('method.privateHint', { partnerName }),
    ONLY_YOU: say('method.onlyYou'),
    SEASON_PHRASE: { none: null, ...fixed.seasonPhrases },
    checkInName: (n) => {
      const ordinal = fixed.checkIn.ordinals[n - 1];
      return ordinal === undefined
        ? say('method.checkIn.beyondOrdinals', { n, word: fixed.checkIn.word })
        : say('method.checkIn.name', { ordinal, word: fixed.checkIn.word });
    },
    EXPERIENCE_WORDS: fixed.experiences,
    TRACE_WORDS: fixed.traces,
    REPORT_CONFIDENTIAL: fixed.report.confidential,
  };
}

const BY_LANGUAGE = new Map<Language, MethodWords>();

/** The method's words in a language (made once per language). */
export function methodWords(language: Language): MethodWords {
  let words = BY_LANGUAGE.get(language);
  if (!words) BY_LANGUAGE.set(language, (words = wordsIn(language)));
  return words;
}

/** The method's words in the language the person reads now. */
export function useMethodWords(): MethodWords {
  const { locale } = useIntl();
  return methodWords(isLanguage(locale) ? locale : DEFAULT_LANGUAGE);
}

/** The method's words in the language of `intl` (for word functions that take an `IntlShape`). */
export function methodWordsFor(intl: Pick<IntlShape, 'locale'>): MethodWords {
  return methodWords(isLanguage(intl.locale) ? intl.locale : DEFAULT_LANGUAGE);
}

export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
