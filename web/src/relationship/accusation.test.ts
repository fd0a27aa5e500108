import { describe, expect, it } from 'vitest';
import { createIntl } from 'react-intl';
import { CATALOGUES } from '../i18n/catalogues';
import { accusationHint, hintWords, type GentleWhere } from './accusation';

const en = createIntl({ locale: 'en', messages: CATALOGUES.en });
/** The hint as an English reader reads it. */
const message = (text: string, where?: GentleWhere) => {
  const hint = accusationHint(text, where);
  return hint ? hintWords(en, hint) : null;
};

describe('the gentle-wording hint', () => {
  it.each([
    // The two reported: a shared note with "you never", and "you are always" that the old list missed.
    ['You never ask how my day was.', 'You never'],
    ['you are always late', 'you are always'],
    // Variants of the same patterns.
    ['You’re always on your phone', 'You’re always'],
    ["you've never once said sorry", "you've never"],
    ['You just never listen', 'You just never'],
    ['you constantly cancel', 'you constantly'],
    ['YOU NEVER ask how I am', 'YOU NEVER'],
    ['You always forget my birthday', 'You always'],
    ["you don't listen", "you don't"],
    ['You didn’t even call when Dad was ill', 'You didn’t'],
    ['you refuse to talk about money', 'you refuse to'],
    ['you keep cancelling our plans', 'you keep cancelling'],
    ['It is your fault', 'your fault'],
    ['I cry because of you', 'because of you'],
    ['you make me feel small', 'you make me'],
    ['You should have been there', 'You should have'],
    ['you’re so selfish', 'selfish'],
    ['You are too busy for me', 'You are too busy'],
    ['Why can’t you just ask?', 'Why can’t you'],
    ['I’m the only one who plans anything', 'I’m the only one'],
    ['It’s always me who remembers', 'It’s always me'],
    ['u never call', 'u never'],
  ])('notices "%s"', (text, phrase) => {
    const hint = accusationHint(text);
    expect(hint?.phrase).toBe(phrase.toLowerCase());
    expect(message(text)).toContain(`“${phrase.toLowerCase()}”`);
  });

  it.each([
    'We both check in once during the week.',
    'I need Sunday evenings to myself.',
    'Always having dinner together on Fridays.',
    'Young and old, we help each other.',
    'Thank you, you didn’t have to drive all that way.',
    'You make me laugh every single week.',
    'I’d love it if we asked about each other’s day.',
    'I feel alone on busy weeks.',
    'Have you ever noticed how quiet Sundays are?',
    '',
  ])('stays quiet for "%s"', (text) => {
    expect(accusationHint(text)).toBeNull();
  });

  it('fits its example to where the words will be read, and never blocks: it is only words', () => {
    expect(message('You never ask how my day was.', 'note')).toMatch(/what you notice or need/);
    expect(message('you are always late', 'picture')).toMatch(/picture of what you would like/);
    expect(message('thanks, even though you never call', 'thanks')).toMatch(/thank-you for one thing/);
    expect(message('you keep forgetting', 'smallThing')).toMatch(/something you will try/);
  });
});

describe('the gentle-wording hint in the writer’s language', () => {
  it.each([
    ['es', 'Nunca me escuchas cuando hablo', 'nunca me escuchas'],
    ['es', 'siempre llegas tarde', 'siempre llegas'],
    ['es', 'Es tu culpa que no salgamos', 'tu culpa'],
    ['es', 'eres tan egoísta', 'egoísta'],
    ['es', '¿Por qué no puedes llamar?', 'por qué no puedes'],
    ['es', 'Siempre tengo que organizarlo todo', 'siempre tengo que'],
    ['de', 'Du hörst mir nie zu', 'du hörst mir nie'],
    ['de', 'du bist immer zu spät', 'du bist immer'],
    ['de', 'Das ist deine Schuld', 'deine schuld'],
    ['de', 'Warum kannst du nicht einmal anrufen?', 'warum kannst du'],
    ['de', 'Ich muss immer alles planen', 'ich muss immer'],
    ['ar', 'أنت دائمًا تتأخر', 'أنت دائمًا'],
    ['ar', 'أنت لا تستمع إليّ', 'أنت لا تستمع'],
    ['ar', 'هذا خطؤك', 'خطؤك'],
    ['ar', 'لماذا لا تتصل بي؟', 'لماذا لا تتصل'],
    ['ar', 'أنا الوحيد الذي يتصل', 'أنا الوحيد'],
  ] as const)('%s: “%s” reads as an accusation (“%s”)', (language, text, phrase) => {
    expect(accusationHint(text, 'note', language)?.phrase).toBe(phrase);
  });

  it.each([
    ['es', 'Me encantaría que nos preguntáramos por el día'],
    ['es', 'Gracias por llamar cuando estuve enferma'],
    ['es', 'Me haces sentir querida'],
    ['de', 'Ich wünsche mir, dass wir uns öfter schreiben'],
    ['de', 'Danke, dass du angerufen hast, als ich krank war'],
    ['ar', 'أتمنى أن نسأل عن يوم كل منا'],
    ['ar', 'شكرًا لاتصالك عندما كنت مريضة'],
  ] as const)('%s: “%s” gets no hint', (language, text) => {
    expect(accusationHint(text, 'note', language)).toBeNull();
  });

  it('reads English in every language, since people often write a phrase of it', () => {
    expect(accusationHint('you never call', 'note', 'de')?.phrase).toBe('you never');
  });
});
