import { describe, expect, it } from 'vitest';
import { applyRevealed, applyStatusChanged, applyStatusToSummary, preferView, summaryFromView } from './liveView';
import type { RelationshipView } from './types';

const view = (over: Partial<RelationshipView['round']> = {}, partner = true): RelationshipView => ({
  relationshipId: 'r1',
  kind: 'partner',
  label: 'Us',
  me: { personId: 'me', displayName: 'Alex' },
  partner: partner ? { personId: 'them', displayName: 'Sam' } : null,
  round: { number: 1, myStatus: 'inProgress', partnerStatus: 'notStarted', myDraft: null, revealed: false, reveal: null, ...over },
  history: [],
});

describe('StatusChanged', () => {
  it('updates both statuses by person id', () => {
    const r = applyStatusChanged(view(), { relationshipId: 'r1', roundNumber: 1, statuses: { me: 'submitted', them: 'inProgress' } });
    expect(r.kind).toBe('updated');
    if (r.kind === 'updated') {
      expect(r.value.round.myStatus).toBe('submitted');
      expect(r.value.round.partnerStatus).toBe('inProgress');
    }
  });

  it('ignores other relationships, older rounds and no-ops', () => {
    expect(applyStatusChanged(view(), { relationshipId: 'r2', roundNumber: 1, statuses: { me: 'submitted' } }).kind).toBe('unchanged');
    expect(applyStatusChanged(view({ number: 2 }), { relationshipId: 'r1', roundNumber: 1, statuses: { me: 'submitted' } }).kind).toBe('unchanged');
    expect(applyStatusChanged(view(), { relationshipId: 'r1', roundNumber: 1, statuses: { me: 'inProgress' } }).kind).toBe('unchanged');
  });

  it('never moves a status back within a round: an event from before the watch can arrive after the view', () => {
    const shown = view({ myStatus: 'submitted', partnerStatus: 'inProgress' });
    const stale = { relationshipId: 'r1', roundNumber: 1, statuses: { me: 'inProgress', them: 'notStarted' } } as const;
    expect(applyStatusChanged(shown, stale).kind).toBe('unchanged');
    const summary = summaryFromView(shown);
    expect(applyStatusToSummary(summary, 'me', stale)).toMatchObject({ myStatus: 'submitted', partnerStatus: 'inProgress' });
  });

  it('asks for a fresh view for a newer round or a newly joined partner', () => {
    expect(applyStatusChanged(view(), { relationshipId: 'r1', roundNumber: 2, statuses: {} }).kind).toBe('refetch');
    expect(applyStatusChanged(view({}, false), { relationshipId: 'r1', roundNumber: 1, statuses: { me: 'inProgress', newcomer: 'notStarted' } }).kind).toBe('refetch');
  });
});

describe('Revealed', () => {
  const event = {
    relationshipId: 'r1',
    roundNumber: 1,
    revealedAt: '2025-01-01T10:00:00Z',
    perspectives: { me: { overall: 4 }, them: { overall: 2 } },
  };

  it('shows mine and theirs from my point of view and adds the round to history', () => {
    const r = applyRevealed(view({ myStatus: 'submitted' }), event);
    expect(r.kind).toBe('updated');
    if (r.kind !== 'updated') return;
    expect(r.value.round.revealed).toBe(true);
    expect(r.value.round.reveal).toEqual({ revealedAt: event.revealedAt, mine: { overall: 4 }, theirs: { overall: 2 } });
    expect(r.value.history).toHaveLength(1);
    expect(r.value.round.partnerStatus).toBe('submitted');
  });

  it('does not reveal twice', () => {
    const once = applyRevealed(view(), event);
    if (once.kind !== 'updated') throw new Error('expected update');
    expect(applyRevealed(once.value, event).kind).toBe('unchanged');
  });

  it('re-fetches when the event does not fit what is shown', () => {
    expect(applyRevealed(view({ number: 2 }), event).kind).toBe('refetch');
    expect(applyRevealed(view(), { ...event, perspectives: { me: {} } }).kind).toBe('refetch');
  });
});

describe('preferView', () => {
  it('never steps back from a reveal or a newer round', () => {
    const revealed = view({ revealed: true, reveal: { revealedAt: 'x', mine: {}, theirs: {} } });
    expect(preferView(revealed, view())).toBe(revealed);
    const round2 = view({ number: 2 });
    expect(preferView(round2, revealed)).toBe(round2);
    expect(preferView(revealed, round2)).toBe(round2);
    expect(preferView(null, revealed)).toBe(revealed);
  });
});

describe('summaries', () => {
  const s = summaryFromView(view());
  it('are built from a view', () => {
    expect(s).toMatchObject({ relationshipId: 'r1', partnerName: 'Sam', roundNumber: 1, myStatus: 'inProgress', revealed: false });
  });

  it('follow status events, and a new round resets them', () => {
    expect(applyStatusToSummary(s, 'me', { relationshipId: 'r1', roundNumber: 1, statuses: { them: 'submitted' } }).partnerStatus).toBe('submitted');
    const next = applyStatusToSummary({ ...s, revealed: true }, 'me', { relationshipId: 'r1', roundNumber: 2, statuses: { me: 'inProgress' } });
    expect(next).toMatchObject({ roundNumber: 2, revealed: false, myStatus: 'inProgress', partnerStatus: 'notStarted' });
    expect(applyStatusToSummary(s, 'me', { relationshipId: 'other', roundNumber: 1, statuses: { me: 'submitted' } })).toBe(s);
  });
});
