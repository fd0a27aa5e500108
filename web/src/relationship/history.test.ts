import { describe, expect, it } from 'vitest';
import { earlierRounds } from './history';
import type { RelationshipView } from '../types';

const view = (round: { number: number; solo?: boolean }, history: RelationshipView['history']): RelationshipView => ({
  relationshipId: 'r',
  kind: 'familyMember',
  label: '',
  me: { personId: 'me', displayName: 'Ana' },
  partner: null,
  round: { myStatus: 'notStarted', partnerStatus: 'notStarted', myDraft: null, revealed: false, reveal: null, ...round },
  history,
});

const entry = (number: number, solo: boolean) => ({ number, solo, revealedAt: '', mine: {}, theirs: solo ? null : {} });

describe('earlier rounds', () => {
  it('leave out the current round, newest first', () => {
    expect(earlierRounds(view({ number: 3 }, [entry(1, false), entry(2, false), entry(3, false)]))).toEqual([entry(2, false), entry(1, false)]);
  });

  it('tell a solo round from a shared round of the same number', () => {
    const v = view({ number: 1, solo: false }, [entry(1, true), entry(2, true), entry(1, false)]);
    expect(earlierRounds(v)).toEqual([entry(2, true), entry(1, true)]);
  });
});
