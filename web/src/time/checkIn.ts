// The agreed next check-in: the choices offered, dates as the contract writes them (YYYY-MM-DD), and where it stands.
import type { IntlShape } from 'react-intl';
import type { NextCheckIn } from '../types';

/** A calendar date in local time, as `YYYY-MM-DD`. */
export const isoDate = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export const addDays = (today: Date, days: number): string =>
  isoDate(new Date(today.getFullYear(), today.getMonth(), today.getDate() + days));

export const WEEK_CHOICES = [4, 6, 8] as const;

/** The range the server takes: after today, within a year. */
export const dateRange = (today: Date): { min: string; max: string } => ({ min: addDays(today, 1), max: addDays(today, 365) });

export const inRange = (date: string, today: Date): boolean => {
  const { min, max } = dateRange(today);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && date >= min && date <= max;
};

/**
 * "Friday, January 15, 2027", read as a calendar date wherever the reader is, in the reader's language (`intl`; the
 * page's language when none is given).
 */
export function dateWords(date: string, intl: IntlShape): string {
  const [y, m, d] = date.split('-').map(Number);
  const local = new Date(y, (m ?? 1) - 1, d ?? 1);
  if (Number.isNaN(local.getTime())) return date;
  return intl.formatDate(local, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

export type CheckInStanding = 'none' | 'proposedByMe' | 'proposedToMe' | 'agreed';

export function checkInStanding(next: NextCheckIn | null | undefined, myId: string): CheckInStanding {
  if (!next) return 'none';
  if (next.agreed) return 'agreed';
  return next.proposedBy === myId ? 'proposedByMe' : 'proposedToMe';
}
