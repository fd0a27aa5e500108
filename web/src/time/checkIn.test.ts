import { describe, expect, it } from 'vitest';
import { addDays, checkInStanding, dateRange, inRange, isoDate } from './checkIn';

const today = new Date(2026, 11, 1); // 1 December 2026, local

describe('the next check-in', () => {
  it('counts weeks from today across a month and a year', () => {
    expect(isoDate(today)).toBe('2026-12-01');
    expect(addDays(today, 28)).toBe('2026-12-29');
    expect(addDays(today, 42)).toBe('2027-01-12');
  });

  it('takes dates after today and within a year, as the server does', () => {
    expect(dateRange(today)).toEqual({ min: '2026-12-02', max: '2027-12-01' });
    expect(inRange('2026-12-01', today)).toBe(false);
    expect(inRange('2026-12-02', today)).toBe(true);
    expect(inRange('2027-12-01', today)).toBe(true);
    expect(inRange('2027-12-02', today)).toBe(false);
    expect(inRange('soon', today)).toBe(false);
  });

  it('tells who is waiting for whom', () => {
    expect(checkInStanding(null, 'a')).toBe('none');
    expect(checkInStanding({ date: '2027-01-12', proposedBy: 'a', agreed: false }, 'a')).toBe('proposedByMe');
    expect(checkInStanding({ date: '2027-01-12', proposedBy: 'a', agreed: false }, 'b')).toBe('proposedToMe');
    expect(checkInStanding({ date: '2027-01-12', proposedBy: 'a', agreed: true }, 'b')).toBe('agreed');
  });
});
