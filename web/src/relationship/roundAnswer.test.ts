import { describe, expect, it } from 'vitest';
import { applyDraftSaved, withRoundAnswer, type DraftSaved, type RoundAnswer } from './roundAnswer';
import type { HistoryEntry, RelationshipView } from '../types';

const earlier: HistoryEntry = { number: 1, revealedAt: '2026-01-01T00:00:00Z', mine: { overall: 3 }, theirs: { overall: 4 } };

const held: RelationshipView = {
  relationshipId: 'rel-1',
  kind: 'partner',
  label: 'Us',
  me: { personId: 'me', displayName: 'Alex' },
  partner: { personId: 'them', displayName: 'Sam' },
  round: { number: 2, myStatus: 'inProgress', partnerStatus: 'submitted', myDraft: { overall: 2 }, revealed: false, reveal: null },
  history: [earlier],
  historyCount: 1,
};

const lean: RoundAnswer = { ...held };
delete lean.history; // as the server answers a step: the view without its history
const answer = (round: Partial<RelationshipView['round']>, over: Partial<RoundAnswer> = {}): RoundAnswer => ({
  ...lean,
  round: { ...held.round, ...round },
  ...over,
});

describe('a round’s answer folded into the view this page holds', () => {
  it('takes the answer and keeps the history the page already had', () => {
    const merged = withRoundAnswer(held, answer({ myStatus: 'submitted', ready: true }));
    expect(merged.round.myStatus).toBe('submitted');
    expect(merged.round.ready).toBe(true);
    expect(merged.history).toEqual([earlier]);
    expect(merged.historyCount).toBe(1);
  });

  it('adds a reveal the step brought as the newest check-in of the history, once', () => {
    const reveal = { revealedAt: '2026-02-01T00:00:00Z', mine: { overall: 2 }, theirs: { overall: 1 } };
    const revealed = answer({ myStatus: 'submitted', revealed: true, reveal }, { historyCount: 2 });
    const merged = withRoundAnswer(held, revealed);
    expect(merged.round.reveal).toEqual(reveal);
    expect(merged.history).toEqual([earlier, { number: 2, solo: false, ...reveal }]);
    expect(merged.historyCount).toBe(2);
    // The Revealed event may have put it there first: it is not added twice.
    expect(withRoundAnswer(merged, revealed).history).toHaveLength(2);
  });

  it('keeps the history for a new round started after a reveal', () => {
    const next = answer({ number: 3, myStatus: 'notStarted', partnerStatus: 'notStarted', myDraft: null });
    expect(withRoundAnswer(held, next).history).toEqual([earlier]);
  });
});

describe('a draft save’s acknowledgement', () => {
  const saved = (round: Partial<DraftSaved['round']>): DraftSaved => ({
    relationshipId: 'rel-1',
    round: { number: 2, myStatus: 'inProgress', partnerStatus: 'submitted', revealed: false, ready: false, ...round },
    saved: { overall: 2 },
  });

  it('moves only the statuses, forward', () => {
    const first = { ...held, round: { ...held.round, myStatus: 'notStarted' as const, partnerStatus: 'inProgress' as const } };
    const applied = applyDraftSaved(first, saved({}));
    expect(applied).toEqual({ kind: 'updated', value: { ...first, round: { ...first.round, myStatus: 'inProgress', partnerStatus: 'submitted', ready: false } } });
  });

  it('changes nothing when the statuses are the ones shown, or older than an event already brought', () => {
    expect(applyDraftSaved(held, saved({}))).toEqual({ kind: 'unchanged' });
    const confirmed = { ...held, round: { ...held.round, partnerStatus: 'confirmed' as const } };
    expect(applyDraftSaved(confirmed, saved({}))).toEqual({ kind: 'unchanged' });
  });

  it('asks for the view again when the answer is for a newer round, and ignores one for an older round', () => {
    expect(applyDraftSaved(held, saved({ number: 3 }))).toEqual({ kind: 'refetch' });
    expect(applyDraftSaved(held, saved({ number: 1 }))).toEqual({ kind: 'unchanged' });
  });
});
