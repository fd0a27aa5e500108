// The gentle-wording hint's patterns of speech, per language: an absolute aimed at the other person, a "you don't",
// a label for the person, blame, an accusing question, a tally of who does more. Patterns, not lists of phrases,
// written for how each language says them (Spanish and Arabic drop the pronoun; German puts the verb second).
// Letters are matched with Unicode classes: `\b` knows only ASCII letters, and Arabic has none.
import type { Language } from '../i18n/languages';

/** Not inside a word, before and after: `\b` for every script. */
const B = String.raw`(?<![\p{L}\p{M}])`;
const E = String.raw`(?![\p{L}\p{M}])`;
const WORD = String.raw`[\p{L}\p{M}]+`;

const words = (...alternatives: string[]) => `(?:${alternatives.join('|')})`;
const pattern = (source: string) => new RegExp(source, 'iu');

/** "you", "u", "you're", "you've", "you'd", then any of the small words that sit between "you" and what follows. */
const YOU = String.raw`${B}(?:you|u)(?:'re|'ve|'d|'ll)?(?:\s+(?:are|were|have|had|just|still|really|only|even|literally|seem\s+to|keep|kept))*`;

const ENGLISH: RegExp[] = [
  // An absolute aimed at the person: "you always", "you are always late", "you've never once asked".
  pattern(`${YOU}\\s+(?:always|never|constantly|forever|not\\s+once)${E}`),
  // A "you don't": "you don't listen", "you didn't even call", "you refuse to". Not "you didn't have to", "you don't mind".
  pattern(
    `${YOU}\\s+(?:don't|doesn't|didn't|won't|can't|cannot|couldn't|wouldn't|do\\s+not|did\\s+not|will\\s+not|refuse[sd]?\\s+to|fail(?:ed)?\\s+to)(?!\\s+(?:have|need)\\s+to${E})(?!\\s+mind${E})${E}`,
  ),
  // "you keep cancelling", "you kept forgetting".
  pattern(`${B}(?:you|u)\\s+(?:keep|kept)\\s+(?:on\\s+)?\\p{L}+ing${E}`),
  // A label, on its own or aimed at "you": "you're so selfish", "you are too busy for me".
  pattern(
    `${B}${words('selfish', 'lazy', 'useless', 'pathetic', 'careless', 'inconsiderate', 'thoughtless', 'heartless', 'ungrateful', 'controlling', 'toxic', 'narcissist(?:ic)?', 'immature', 'clingy', 'needy')}${E}`,
  ),
  pattern(`${B}(?:you|u)(?:'re|\\s+are|\\s+were)\\s+(?:so|too|such\\s+an?)\\s+${WORD}`),
  // Blame and guilt: "your fault", "because of you", "you make me feel", "you should have".
  pattern(`${B}(?:your|ur)\\s+(?:fault|problem)${E}`),
  pattern(`${B}because\\s+of\\s+(?:you|u)${E}`),
  pattern(`${B}(?:you|u)\\s+(?:make|made)\\s+me${E}(?!\\s+(?:laugh|smile|happy|feel\\s+(?:loved|safe|seen|heard|better|good|welcome)))`),
  pattern(`${B}(?:you|u)\\s+(?:should(?:n't)?|ought\\s+to)(?:\\s+have|'ve)?${E}`),
  // A question that accuses: "why can't you", "why do you always".
  pattern(`${B}why\\s+(?:do|does|did|don't|can't|won't|didn't|would|are|aren't|must)\\s+(?:you|u)${E}`),
  // A tally of who does more: "I'm the only one who", "it's always me", "I always have to".
  pattern(`${B}(?:I'm|I\\s+am)\\s+(?:always\\s+)?the\\s+only\\s+one${E}`),
  pattern(`${B}(?:it's|it\\s+is)\\s+always\\s+me${E}`),
  pattern(`${B}I\\s+(?:always|constantly)\\s+have\\s+to${E}`),
];

/** A verb in the second person singular, which carries "you" in Spanish: "escuchas", "llegas", "tienes". */
const ES_YOU_VERB = String.raw`${WORD}(?:as|es)${E}`;
const ES_PRONOUN = String.raw`(?:me|nos|lo|la|le|les|te)\s+`;

const SPANISH: RegExp[] = [
  // "siempre llegas tarde", "nunca me escuchas", "tú nunca", "jamás preguntas".
  pattern(`${B}(?:siempre|nunca|jamás|jamas)\\s+(?:${ES_PRONOUN})?${ES_YOU_VERB}`),
  pattern(`${B}(?:tú|tu|usted)\\s+(?:siempre|nunca|jamás|jamas)${E}`),
  // "no me escuchas", "tú no entiendes", "ni siquiera llamas".
  pattern(`${B}no\\s+(?:me|nos)\\s+${ES_YOU_VERB}`),
  pattern(`${B}(?:tú|tu)\\s+no\\s+${WORD}`),
  pattern(`${B}ni\\s+siquiera\\s+(?:${ES_PRONOUN})?${ES_YOU_VERB}`),
  // A label: "eres tan egoísta", "inconsciente".
  pattern(
    `${B}${words('egoísta', 'egoista', 'vag[oa]', 'inútil', 'inutil', 'desconsiderad[oa]', 'insensible', 'desagradecid[oa]', 'controlador(?:a)?', 'tóxic[oa]', 'toxic[oa]', 'narcisista', 'inmadur[oa]', 'pegajos[oa]')}${E}`,
  ),
  pattern(`${B}eres\\s+(?:tan|demasiado|un|una)\\s+${WORD}`),
  // Blame: "es tu culpa", "por tu culpa", "por culpa tuya", "me haces sentir mal", "deberías haber".
  pattern(`${B}(?:tu|su)\\s+culpa${E}`),
  pattern(`${B}culpa\\s+tuya${E}`),
  pattern(`${B}me\\s+(?:haces|hiciste)\\s+sentir${E}(?!\\s+(?:bien|querid[oa]|segur[oa]|escuchad[oa]|mejor|feliz))`),
  pattern(`${B}(?:deberías|deberias|tendrías\\s+que|tendrias\\s+que)${E}`),
  // "¿por qué no puedes…?", "¿por qué siempre…?".
  pattern(`${B}por\\s*qu[eé]\\s+(?:no\\s+|siempre\\s+|nunca\\s+)${WORD}`),
  // A tally: "soy la única que", "siempre soy yo", "siempre tengo que".
  pattern(`${B}(?:soy|siempre\\s+soy)\\s+(?:el|la)\\s+únic[oa]${E}`),
  pattern(`${B}siempre\\s+(?:soy\\s+yo|me\\s+toca)${E}`),
  pattern(`${B}siempre\\s+tengo\\s+que${E}`),
];

const GERMAN: RegExp[] = [
  // "du bist immer zu spät", "du hörst nie zu", "immer musst du", "kein einziges Mal".
  pattern(`${B}du\\s+(?:${WORD}\\s+)?(?:immer|nie|niemals|ständig|staendig)${E}`),
  pattern(`${B}(?:immer|nie|niemals|ständig)\\s+(?:${WORD}\\s+)?du${E}`),
  pattern(`${B}kein\\s+einziges\\s+mal${E}`),
  // "du hörst mir nicht zu", "du rufst nicht an", "du willst nicht".
  pattern(`${B}du\\s+${WORD}st\\s+(?:(?:mir|mich|uns|dich|es|das)\\s+)?(?:nicht|nie)${E}`),
  // A label: "du bist so egoistisch".
  pattern(
    `${B}${words('egoistisch', 'faul', 'nutzlos', 'rücksichtslos', 'gedankenlos', 'herzlos', 'undankbar', 'kontrollierend', 'toxisch', 'narzisstisch', 'unreif', 'klammernd', 'bedürftig')}${E}`,
  ),
  pattern(`${B}du\\s+bist\\s+(?:so|zu|echt|einfach)\\s+${WORD}`),
  // Blame: "deine Schuld", "wegen dir", "du gibst mir das Gefühl", "du hättest … sollen".
  pattern(`${B}deine\\s+schuld${E}`),
  pattern(`${B}wegen\\s+dir${E}`),
  pattern(`${B}du\\s+(?:gibst|machst)\\s+mir\\s+(?:immer\\s+)?(?:das\\s+gefühl|ein\\s+schlechtes\\s+gewissen)${E}`),
  pattern(`${B}du\\s+(?:solltest|hättest|müsstest)${E}`),
  // "warum kannst du nicht", "warum musst du immer".
  pattern(`${B}warum\\s+${WORD}\\s+du${E}`),
  // A tally: "ich bin die Einzige, die", "immer bin ich es", "ich muss immer".
  pattern(`${B}ich\\s+bin\\s+(?:immer\\s+)?(?:der|die)\\s+einzige${E}`),
  pattern(`${B}immer\\s+bin\\s+ich${E}`),
  pattern(`${B}ich\\s+muss\\s+immer${E}`),
];

/** "always" and "never", with and without their diacritics. */
const AR_ALWAYS = String.raw`(?:دائم(?:اً|ًا|ا)|أبد(?:اً|ًا|ا)|ابدا)`;
/** A verb in the second person singular, which begins with ت: "تتأخر", "تسمعني". */
const AR_YOU_VERB = String.raw`ت${WORD}`;

const ARABIC: RegExp[] = [
  // "أنت دائمًا تتأخر", "دائمًا تنسى", "أنت أبدًا".
  pattern(`${B}(?:أنت|انت)\\s+(?:${WORD}\\s+)?${AR_ALWAYS}${E}`),
  pattern(`${B}${AR_ALWAYS}\\s+${AR_YOU_VERB}`),
  // "أنت لا تستمع", "أنت لم تتصل".
  pattern(`${B}(?:أنت|انت)\\s+(?:لا|لم|لن)\\s+${WORD}`),
  // A label: "أناني", "أنت كسول".
  pattern(
    `${B}(?:ال)?${words('أناني(?:ة)?', 'اناني(?:ة)?', 'كسول(?:ة)?', 'عديم(?:ة)?\\s+الفائدة', 'مهمل(?:ة)?', 'جاحد(?:ة)?', 'متسلط(?:ة)?', 'نرجسي(?:ة)?', 'غير\\s+ناضج(?:ة)?')}${E}`,
  ),
  // Blame: "خطؤك", "ذنبك", "بسببك", "تجعلني أشعر", "كان عليك", "يجب عليك".
  pattern(`${B}${words('خطؤك', 'خطأك', 'ذنبك', 'بسببك')}${E}`),
  pattern(`${B}(?:تجعلني|جعلتني)\\s+أشعر${E}(?!\\s+(?:بالأمان|بالحب|بالراحة|بالسعادة))`),
  pattern(`${B}(?:كان\\s+عليك|يجب\\s+عليك|كان\\s+يجب\\s+أن\\s+ت)`),
  // "لماذا لا تستطيع", "لماذا دائمًا".
  pattern(`${B}لماذا\\s+(?:لا|لم|لن)\\s+${AR_YOU_VERB}`),
  pattern(`${B}لماذا\\s+${AR_ALWAYS}${E}`),
  // A tally: "أنا الوحيد الذي", "دائمًا أنا", "دائمًا عليّ أن".
  pattern(`${B}أنا\\s+(?:${AR_ALWAYS}\\s+)?(?:الوحيد|الوحيدة)${E}`),
  pattern(`${B}${AR_ALWAYS}\\s+أنا${E}`),
  pattern(`${B}${AR_ALWAYS}\\s+(?:علي|عليّ)\\s+أن${E}`),
];

/**
 * The patterns a person's words are read with: their language's, and English's too, since people often write a
 * phrase of English in another language.
 */
export const ACCUSATION_PATTERNS: Readonly<Record<Language, readonly RegExp[]>> = {
  en: ENGLISH,
  es: [...SPANISH, ...ENGLISH],
  de: [...GERMAN, ...ENGLISH],
  ar: [...ARABIC, ...ENGLISH],
};
