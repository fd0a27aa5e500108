// A moment or a day in the reader's language and calendar conventions (react-intl's `Intl` formatters).
import type { IntlShape } from 'react-intl';

const parsed = (iso: string | null | undefined): Date | null => {
  const d = new Date(iso ?? '');
  return Number.isNaN(d.getTime()) ? null : d;
};

/** "Dec 1, 2026, 10:00 AM" in English: when a round was opened. Empty for a missing or unreadable time. */
export function momentWords(intl: IntlShape, iso: string | null | undefined): string {
  const d = parsed(iso);
  return d ? intl.formatDate(d, { dateStyle: 'medium', timeStyle: 'short' }) : '';
}

/** "Dec 1, 2026" in English: the day alone. */
export function dayWords(intl: IntlShape, iso: string | null | undefined): string {
  const d = parsed(iso);
  return d ? intl.formatDate(d, { dateStyle: 'medium' }) : '';
}
