import { describe, expect, it } from 'vitest';
import { nothingSharedYet } from './relationship/RelationshipControls';
import { isFirstShare } from './rating/useDraft';
import type { HistoryEntry, RelationshipView } from './types';

const shared = (history: HistoryEntry[] = [], over: Partial<RelationshipView> = {}): RelationshipView => ({
  relationshipId: 'r1',
  kind: 'partner',
  label: '',
  me: { personId: 'me', displayName: 'Alex' },
  partner: { personId: 'them', displayName: 'Sam' },
  round: { number: 1, myStatus: 'inProgress', partnerStatus: 'notStarted', myDraft: null, revealed: false, reveal: null },
  history,
  solo: false,
  ...over,
});
const entry = (solo: boolean): HistoryEntry => ({ number: 1, revealedAt: '2026-01-01T00:00:00Z', mine: {}, theirs: solo ? null : {}, solo });

describe('the safety check before a first share', () => {
  it('is asked before a person’s first share in a shared relationship, also before the other person joined', () => {
    expect(isFirstShare(shared())).toBe(true);
    expect(isFirstShare(shared([], { partner: null }))).toBe(true);
    expect(isFirstShare(shared([entry(true)]))).toBe(true); // their earlier solo rounds were never shared
  });

  it('is not asked once a shared round opened, in a solo round, or after the other person left', () => {
    expect(isFirstShare(shared([entry(false)]))).toBe(false);
    expect(isFirstShare(shared([], { solo: true }))).toBe(false);
    const soloRound = shared();
    soloRound.round = { ...soloRound.round, solo: true };
    expect(isFirstShare(soloRound)).toBe(false);
    expect(isFirstShare(shared([], { partner: { personId: null, displayName: 'Sam', left: true } }))).toBe(false);
  });
});

describe('removing the person who joined', () => {
  it('is offered only until a shared round opened', () => {
    expect(nothingSharedYet(shared([entry(true)]))).toBe(true);
    expect(nothingSharedYet(shared([entry(false)]))).toBe(false);
    const open = shared();
    open.round = { ...open.round, revealed: true, reveal: { revealedAt: '2026-01-01T00:00:00Z', mine: {}, theirs: {} } };
    expect(nothingSharedYet(open)).toBe(false);
  });
});
