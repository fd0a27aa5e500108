// A gentle hint when a picture reads as an accusation rather than a picture to work toward.

const PATTERNS: { pattern: RegExp; phrase: string }[] = [
  { pattern: /\byou\s+(always|constantly|forever)\b/i, phrase: 'you always' },
  { pattern: /\byou\s+never\b/i, phrase: 'you never' },
  { pattern: /\byou\s+(don'?t|do\s+not|won'?t|will\s+not|can'?t|cannot|didn'?t|did\s+not|refuse)\b/i, phrase: "you don't" },
  { pattern: /\b(your|ur)\s+fault\b/i, phrase: 'your fault' },
  { pattern: /\bbecause\s+of\s+you\b/i, phrase: 'because of you' },
  { pattern: /\byou\s+(make|made)\s+me\b/i, phrase: 'you make me' },
  { pattern: /\byou\s+should\s+(have|'ve)\b/i, phrase: 'you should have' },
  { pattern: /\b(selfish|lazy|useless|pathetic)\b/i, phrase: 'a label for the person' },
];

export interface AccusationHint {
  phrase: string;
  message: string;
}

/** Returns a hint when the text contains blaming phrases, else null. Never blocks saving. */
export function accusationHint(text: string): AccusationHint | null {
  for (const { pattern, phrase } of PATTERNS) {
    if (pattern.test(text)) {
      return {
        phrase,
        message:
          `This reads a little like an accusation (“${phrase}”). ` +
          'It may land more gently as a picture of what you would like: ' +
          'for example “We both check in during the week” or “I need evenings to myself”.',
      };
    }
  }
  return null;
}
