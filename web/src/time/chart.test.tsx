import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DimensionKey, PointOfView, SeasonKind, TimelinePoint } from '../types';
import { createIntl } from 'react-intl';
import { CATALOGUES } from '../i18n/catalogues';
import { CHART, chartGeometry, seasonBandName, seasonKinds, xFor, yFor } from './chart';
import { DimensionTimeline } from './DimensionTimeline';
import { inLanguage } from '../i18n/testing';

function pov(depth: number, season: SeasonKind = 'none'): PointOfView {
  const scores: Record<DimensionKey, number> = { initiation: 3, depth, crisisResponse: 3, maintenance: 3 };
  return { scores, leans: { depth: 'me' }, overall: 3, season };
}

const points: TimelinePoint[] = [
  { number: 1, revealedAt: '2026-01-10T10:00:00Z', solo: true, mine: pov(4), theirs: null },
  { number: 1, revealedAt: '2026-02-10T10:00:00Z', solo: false, mine: pov(2, 'grief'), theirs: pov(5) },
  { number: 2, revealedAt: '2026-03-10T10:00:00Z', solo: false, mine: pov(1), theirs: pov(3) },
];

describe('the timeline chart', () => {
  afterEach(cleanup);

  it('places 5 at the top and 1 at the bottom, check-ins evenly from left to right', () => {
    expect(yFor(5)).toBe(CHART.top);
    expect(yFor(1)).toBe(CHART.height - CHART.bottom);
    expect(yFor(3)).toBe((yFor(5) + yFor(1)) / 2);
    expect(xFor(1, 3) - xFor(0, 3)).toBeCloseTo(xFor(2, 3) - xFor(1, 3));
    expect(xFor(0, 1)).toBe(CHART.left + (CHART.width - CHART.left - CHART.right) / 2);
  });

  it('draws each view as positions, the other’s only where there is one, and a band where a season was marked', () => {
    const g = chartGeometry(points, 'depth');
    expect(g.mine.map((m) => [m.checkIn, m.score])).toEqual([[1, 4], [2, 2], [3, 1]]);
    expect(g.theirs.map((m) => [m.checkIn, m.score])).toEqual([[2, 5], [3, 3]]);
    expect(g.mine[2].y).toBe(yFor(1));
    expect(g.seasons.map((s) => s.checkIn)).toEqual([2]);
    expect(g.seasons[0].x + g.seasons[0].width / 2).toBeCloseTo(g.columns[1].x, 0);
  });

  it('names each season band by its kind, each kind once', () => {
    expect(chartGeometry(points, 'depth').seasons.map((s) => s.kinds)).toEqual([['grief']]);
    const both = (a: SeasonKind, b: SeasonKind): TimelinePoint => ({ number: 1, revealedAt: '2026-04-10T10:00:00Z', solo: false, mine: pov(3, a), theirs: pov(3, b) });
    const seasonKind = (p: TimelinePoint) => seasonBandName(seasonKinds(p), createIntl({ locale: 'en', messages: CATALOGUES.en }));
    expect(seasonKind(both('illness', 'illness'))).toBe('illness');
    expect(seasonKind(both('none', 'transition'))).toBe('transition');
    expect(seasonKind(both('grief', 'other'))).toBe('grief & other');
  });

  it('joins no marks into a line: check-ins are moments, not a trend, and the band says its kind', () => {
    const { container } = render(<DimensionTimeline points={points} dimension="depth" partnerName="Sam" />, inLanguage());
    expect(container.querySelectorAll('svg path, svg polyline')).toHaveLength(0);
    expect(container.querySelector('.timeline-season text')?.textContent).toBe('grief');
  });

  it('encodes no score as a length: marks are circles and squares of one size', () => {
    const { container } = render(<DimensionTimeline points={points} dimension="depth" partnerName="Sam" />, inLanguage());
    expect(container.querySelectorAll('svg circle')).toHaveLength(3);
    const squares = container.querySelectorAll('svg rect.timeline-mark');
    expect(squares).toHaveLength(2);
    for (const r of squares) expect([r.getAttribute('width'), r.getAttribute('height')]).toEqual(['9', '9']);
    expect(container.textContent).not.toMatch(/of 5/);
  });

  it('reads the same as a table: each check-in, both views in words, and its season', () => {
    render(<DimensionTimeline points={points} dimension="depth" partnerName="Sam" />, inLanguage());
    expect(screen.getByRole('img', { name: /^Depth across three check-ins: your view and Sam’s/ })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Depth across check-ins' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(within(rows[0]).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Check-in', 'You', 'Sam', 'Season']);
    expect(within(rows[1]).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Mostly mutual (4), you give more', 'just you', 'none marked']);
    expect(within(rows[2]).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'Mostly one-directional (2), you give more',
      'Roughly mutual (5), Sam gives more',
      'you: grief',
    ]);
  });
});
