import { describe, expect, it } from 'vitest';
import { createIntl } from 'react-intl';
import { CATALOGUES } from '../i18n/catalogues';
import { basedOnWords, FLOWS_ACROSS, listWords, lowParts, oneDirectional, overallWords, placesOf } from './reading';
import type { Reading, ReadingRelationship, SeasonKind, TimelinePoint } from '../types';

const en = createIntl({ locale: 'en', messages: CATALOGUES.en });

const rel = (over: Partial<ReadingRelationship>): ReadingRelationship => ({
  relationshipId: 'r',
  kind: 'partner',
  label: '',
  partnerName: 'Sam',
  solo: false,
  basedOn: 'revealed',
  roundNumber: 1,
  at: null,
  overall: 3,
  dimensions: {},
  picture: null,
  season: null,
  ...over,
});

const reading: Reading = {
  relationships: [
    rel({
      relationshipId: 'sam',
      overall: 2,
      picture: { kind: 'mutualPattern', text: 'Sundays together', private: false },
      dimensions: {
        initiation: { mine: 'mostlyGive', theirs: 'bothWays' },
        depth: { mine: 'bothWays', theirs: null },
        maintenance: { mine: 'mostlyGive', theirs: 'mostlyReceive' },
      },
    }),
    rel({ relationshipId: 'mum', kind: 'familyMember', partnerName: 'Mum', solo: true, dimensions: { crisisResponse: { mine: 'mostlyReceive', theirs: null } } }),
    rel({ relationshipId: 'jo', kind: 'closeFriend', partnerName: null, label: '', basedOn: 'none', overall: null }),
  ],
};

describe('the reading across relationships', () => {
  it('finds where the person mostly gives, receives, or it flows both ways, in the method’s order', () => {
    expect(placesOf(en, reading, 'mostlyGive')).toEqual([{ relationshipId: 'sam', name: 'Sam', dimensions: ['Reaching out', 'Upkeep'] }]);
    expect(placesOf(en, reading, 'mostlyReceive')).toEqual([{ relationshipId: 'mum', name: 'Mum', dimensions: ['In a crisis'] }]);
    expect(placesOf(en, reading, 'bothWays')).toEqual([{ relationshipId: 'sam', name: 'Sam', dimensions: ['Depth'] }]);
    expect(FLOWS_ACROSS).not.toContain('notNamed');
  });

  it('is built from the person’s own flows only, never the other person’s', () => {
    expect(placesOf(en, reading, 'bothWays').flatMap((p) => p.dimensions)).not.toContain('Reaching out');
  });

  it('picks out the relationships at 1 or 2 overall, keeping their order', () => {
    expect(oneDirectional(reading).map((r) => r.relationshipId)).toEqual(['sam']);
  });

  it('says what each reading rests on, in words without totals', () => {
    expect(basedOnWords(en, reading.relationships[0])).toBe('From your first check-in, opened with Sam.');
    expect(basedOnWords(en, reading.relationships[1])).toBe('From your own reflection, first check-in.');
    expect(basedOnWords(en, rel({ basedOn: 'submitted', roundNumber: 2 }))).toBe('From what you wrote in your second check-in, not opened yet.');
    expect(basedOnWords(en, reading.relationships[2])).toMatch(/^Nothing finished here yet: once you have rated Close friend/);
    expect(overallWords(en, 2)).toBe('Overall it feels mostly one-directional.');
    expect(overallWords(en, null)).toBeNull();
    expect(listWords(en, ['Reaching out', 'Depth', 'Upkeep'])).toBe('reaching out, depth and upkeep');
    expect(listWords(en, ['Depth'])).toBe('depth');
  });
});

// One check-in on the timeline: upkeep at `upkeep` for both, Sam's season as given.
const point = (n: number, upkeep: number, season: SeasonKind = 'none'): TimelinePoint => ({
  number: n,
  revealedAt: '2026-01-01T00:00:00Z',
  solo: false,
  mine: { scores: { initiation: 4, depth: 4, crisisResponse: 4, maintenance: upkeep }, leans: { maintenance: 'me' }, overall: 4, season: 'none' },
  theirs: { scores: { initiation: 4, depth: 4, crisisResponse: 4, maintenance: upkeep }, leans: { maintenance: 'them' }, overall: 4, season },
});

describe('where it feels one-directional', () => {
  const boundary = { kind: 'boundary' as const, text: 'I stop planning every visit', private: false };
  const jon = rel({
    relationshipId: 'jon',
    partnerName: 'Jon',
    overall: 4,
    dimensions: { maintenance: { mine: 'mostlyGive', theirs: 'mostlyReceive' } },
    lowDimensions: [
      { dimension: 'depth', score: 2, picture: null },
      { dimension: 'maintenance', score: 1, picture: boundary },
    ],
  });

  it('names a relationship whose overall is fair when one part of it is at 1 or 2', () => {
    expect(oneDirectional({ relationships: [jon, rel({ relationshipId: 'fine', overall: 4 })] }).map((r) => r.relationshipId)).toEqual(['jon']);
    expect(oneDirectional({ relationships: [rel({ basedOn: 'none', overall: null, lowDimensions: [] })] })).toEqual([]);
  });

  it('names every dimension at 1–2 with its picture or boundary, and the overall with its picture when it is low', () => {
    const parts = lowParts(en, jon, null);
    expect(parts.map((p) => [p.title, p.score, p.picture?.text ?? null])).toEqual([
      ['Depth', 2, null],
      ['Upkeep', 1, 'I stop planning every visit'],
    ]);
    const low = lowParts(en, { ...jon, overall: 2, picture: { kind: 'mutualPattern', text: 'Sundays' } }, null);
    expect(low.map((p) => p.title)).toEqual(['Overall', 'Depth', 'Upkeep']);
  });

  it('reads six low check-ins with no season as a pattern, not a season', () => {
    const points = [1, 2, 3, 4, 5, 6].map((n) => point(n, 1));
    const upkeep = lowParts(en, jon, points).find((p) => p.key === 'maintenance')!;
    expect(upkeep.overTime?.kind).toBe('recurring');
    expect(upkeep.overTime?.text).toBe(
      'Upkeep was rated 1–2 by at least one of you in all six check-ins (1, 2, 3, 4, 5 and 6), with no season marked in any of them; each time you were seen as giving more.',
    );
  });

  it('reads a low run during a season as a season', () => {
    const points = [point(1, 4), point(2, 4), point(3, 1, 'illness')];
    const upkeep = lowParts(en, jon, points).find((p) => p.key === 'maintenance')!;
    expect(upkeep.overTime?.kind).toBe('season');
    expect(upkeep.overTime?.text).toContain('during a season (Jon: illness)');
  });

  it('says nothing over time of a run that ended before the latest check-in, or a single low moment', () => {
    expect(lowParts(en, jon, [point(1, 1), point(2, 1), point(3, 4)]).find((p) => p.key === 'maintenance')!.overTime).toBeNull();
    expect(lowParts(en, jon, [point(1, 4), point(2, 1)]).find((p) => p.key === 'maintenance')!.overTime).toBeNull();
  });
});
