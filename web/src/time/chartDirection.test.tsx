import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { inLanguage } from '../i18n/testing';
import type { DimensionKey, PointOfView, SeasonKind, TimelinePoint } from '../types';
import { CHART, chartGeometry } from './chart';
import { DimensionTimeline } from './DimensionTimeline';

function pov(depth: number, season: SeasonKind = 'none'): PointOfView {
  const scores: Record<DimensionKey, number> = { initiation: 3, depth, crisisResponse: 3, maintenance: 3 };
  return { scores, leans: {}, overall: 3, season };
}

const points: TimelinePoint[] = [
  { number: 1, revealedAt: '2026-01-10T10:00:00Z', solo: true, mine: pov(4), theirs: null },
  { number: 2, revealedAt: '2026-02-10T10:00:00Z', solo: false, mine: pov(2, 'grief'), theirs: pov(5) },
  { number: 3, revealedAt: '2026-03-10T10:00:00Z', solo: false, mine: pov(1), theirs: pov(3) },
];

describe('the timeline read right to left', () => {
  afterEach(cleanup);

  it('runs time from the right, mirrors every column, and keeps up as more mutual', () => {
    const ltr = chartGeometry(points, 'depth');
    const rtl = chartGeometry(points, 'depth', 'rtl');
    rtl.columns.forEach((c, i) => expect(c.x).toBeCloseTo(CHART.width - ltr.columns[i]!.x, 1));
    expect(rtl.columns[0]!.x).toBeGreaterThan(rtl.columns[2]!.x);
    expect(rtl.mine.map((m) => m.y)).toEqual(ltr.mine.map((m) => m.y));
    const band = rtl.seasons[0]!;
    expect(band.x + band.width / 2).toBeCloseTo(rtl.columns[1]!.x, 0);
  });

  it('stands the 1–5 labels on the right, outside the lines', () => {
    const { axis } = chartGeometry(points, 'depth', 'rtl');
    expect(axis.labelX).toBeGreaterThan(axis.x2);
    expect(axis.x1).toBe(CHART.right);
  });

  it('is drawn mirrored for a person reading Arabic', () => {
    render(<DimensionTimeline points={points} dimension="depth" partnerName="Sam" />, inLanguage('ar'));
    const axis = [...screen.getByTestId('timeline-depth').querySelectorAll('text.timeline-axis')].map((t) => Number(t.getAttribute('x')));
    expect(axis[0]).toBeGreaterThan(axis[2]!);
  });
});
