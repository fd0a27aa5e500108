import { describe, expect, it } from 'vitest';
import { basedOnWords, FLOWS_ACROSS, listWords, lowRelationships, overallWords, placesOf } from './reading';
import type { Reading, ReadingRelationship } from './types';

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
    expect(placesOf(reading, 'mostlyGive')).toEqual([{ relationshipId: 'sam', name: 'Sam', dimensions: ['Reaching out', 'Upkeep'] }]);
    expect(placesOf(reading, 'mostlyReceive')).toEqual([{ relationshipId: 'mum', name: 'Mum', dimensions: ['In a crisis'] }]);
    expect(placesOf(reading, 'bothWays')).toEqual([{ relationshipId: 'sam', name: 'Sam', dimensions: ['Depth'] }]);
    expect(FLOWS_ACROSS).not.toContain('notNamed');
  });

  it('is built from the person’s own flows only, never the other person’s', () => {
    expect(placesOf(reading, 'bothWays').flatMap((p) => p.dimensions)).not.toContain('Reaching out');
  });

  it('picks out the relationships at 1 or 2, keeping their order', () => {
    expect(lowRelationships(reading).map((r) => r.relationshipId)).toEqual(['sam']);
  });

  it('says what each reading rests on, in words without totals', () => {
    expect(basedOnWords(reading.relationships[0])).toBe('From your first check-in, opened with Sam.');
    expect(basedOnWords(reading.relationships[1])).toBe('From your own reflection, first check-in.');
    expect(basedOnWords(rel({ basedOn: 'submitted', roundNumber: 2 }))).toBe('From what you wrote in your second check-in, not opened yet.');
    expect(basedOnWords(reading.relationships[2])).toMatch(/^Nothing finished here yet: once you have rated Close friend/);
    expect(overallWords(2)).toBe('Overall it feels mostly one-directional.');
    expect(overallWords(null)).toBeNull();
    expect(listWords(['Reaching out', 'Depth', 'Upkeep'])).toBe('reaching out, depth and upkeep');
    expect(listWords(['Depth'])).toBe('depth');
  });
});
