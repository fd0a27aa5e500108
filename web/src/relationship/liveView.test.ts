import { describe, expect, it } from 'vitest';
import { applyRevealed, applyRevealPolicyChanged, applyStatusChanged, applyStatusToSummary, preferView, summaryFromView, withTraces } from './liveView';
import type { RelationshipView } from '../types';

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
  it('follows the other person’s status by person id', () => {
    const r = applyStatusChanged(view(), { relationshipId: 'r1', roundNumber: 1, statuses: { me: 'inProgress', them: 'inProgress' } });
    expect(r.kind).toBe('updated');
    if (r.kind === 'updated') expect(r.value.round.partnerStatus).toBe('inProgress');
  });

  it('ignores other relationships, older rounds and no-ops', () => {
    expect(applyStatusChanged(view(), { relationshipId: 'r2', roundNumber: 1, statuses: { me: 'submitted' } }).kind).toBe('unchanged');
    expect(applyStatusChanged(view({ number: 2 }), { relationshipId: 'r1', roundNumber: 1, statuses: { me: 'submitted' } }).kind).toBe('unchanged');
    expect(applyStatusChanged(view(), { relationshipId: 'r1', roundNumber: 1, statuses: { me: 'inProgress', them: 'notStarted' } }).kind).toBe('unchanged');
  });

  it('fetches again when a status moves back: a withdrawal, or an event older than the view', () => {
    const shown = view({ myStatus: 'submitted', partnerStatus: 'submitted' });
    const withdrawn = { relationshipId: 'r1', roundNumber: 1, statuses: { me: 'submitted', them: 'inProgress' } } as const;
    expect(applyStatusChanged(shown, withdrawn).kind).toBe('refetch');
    expect(applyStatusToSummary(summaryFromView(shown), 'me', withdrawn).kind).toBe('refetch');
  });

  it('fetches again when my own status changed elsewhere, since my answers here are not the latest', () => {
    const r = applyStatusChanged(view(), { relationshipId: 'r1', roundNumber: 1, statuses: { me: 'submitted', them: 'notStarted' } });
    expect(r.kind).toBe('refetch');
  });

  it('shows the other person’s "open it now", and that both have finished', () => {
    const shown = view({ myStatus: 'submitted', partnerStatus: 'inProgress' });
    const submitted = applyStatusChanged(shown, { relationshipId: 'r1', roundNumber: 1, statuses: { me: 'submitted', them: 'submitted' } });
    if (submitted.kind !== 'updated') throw new Error('expected update');
    expect(submitted.value.round.ready).toBe(true);
    const confirmed = applyStatusChanged(submitted.value, { relationshipId: 'r1', roundNumber: 1, statuses: { me: 'submitted', them: 'confirmed' } });
    if (confirmed.kind !== 'updated') throw new Error('expected update');
    expect(confirmed.value.round).toMatchObject({ partnerStatus: 'confirmed', ready: true, revealed: false });
  });

  it('asks for a fresh view for a newer round or a newly joined partner', () => {
    expect(applyStatusChanged(view(), { relationshipId: 'r1', roundNumber: 2, statuses: {} }).kind).toBe('refetch');
    expect(applyStatusChanged(view({}, false), { relationshipId: 'r1', roundNumber: 1, statuses: { me: 'inProgress', newcomer: 'notStarted' } }).kind).toBe('refetch');
  });

  it('asks for a fresh view when the partner is missing from the statuses: the inviter removed them', () => {
    expect(applyStatusChanged(view(), { relationshipId: 'r1', roundNumber: 1, statuses: { me: 'notStarted' } }).kind).toBe('refetch');
  });

  it('keeps a view whose partner left as it is: only my status comes', () => {
    const left = { ...view(), partner: { personId: null, displayName: 'Sam', left: true } };
    expect(applyStatusChanged(left, { relationshipId: 'r1', roundNumber: 1, statuses: { me: 'inProgress' } }).kind).toBe('unchanged');
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

  it('shows a solo round as the author’s own result, with nobody else’s', () => {
    const solo = view({ myStatus: 'submitted', solo: true }, false);
    const r = applyRevealed(solo, { ...event, perspectives: { me: { overall: 4 } } });
    if (r.kind !== 'updated') throw new Error('expected update');
    expect(r.value.round.reveal).toEqual({ revealedAt: event.revealedAt, mine: { overall: 4 }, theirs: null });
    expect(r.value.history[0]).toMatchObject({ number: 1, solo: true, theirs: null });
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

  it('moves from a finished solo reflection to the first shared round an invite started, though both are number 1', () => {
    const soloDone = { ...view({ solo: true, revealed: true, reveal: { revealedAt: 'x', mine: {}, theirs: null } }, false), solo: true };
    const firstShared = { ...view({ solo: false }, false), solo: false, invitePending: true };
    expect(preferView(soloDone, firstShared)).toBe(firstShared);
    expect(preferView(firstShared, soloDone)).toBe(firstShared);
  });
});

describe('RevealPolicyChanged', () => {
  it('changes the policy of the view and of a summary, once', () => {
    const e = { relationshipId: 'r1', revealPolicy: 'together' } as const;
    const r = applyRevealPolicyChanged({ ...view(), revealPolicy: 'auto' }, e);
    if (r.kind !== 'updated') throw new Error('expected update');
    expect(r.value.revealPolicy).toBe('together');
    expect(applyRevealPolicyChanged(r.value, e).kind).toBe('unchanged');
    expect(applyRevealPolicyChanged(summaryFromView(view()), e)).toMatchObject({ kind: 'updated', value: { revealPolicy: 'together' } });
    expect(applyRevealPolicyChanged(view(), { ...e, relationshipId: 'r2' }).kind).toBe('unchanged');
  });
});

describe('summaries', () => {
  const s = summaryFromView(view());
  it('are built from a view', () => {
    expect(s).toMatchObject({ relationshipId: 'r1', partnerName: 'Sam', roundNumber: 1, myStatus: 'inProgress', revealed: false });
  });

  it('follow status events, and a new round resets them', () => {
    expect(applyStatusToSummary(s, 'me', { relationshipId: 'r1', roundNumber: 1, statuses: { them: 'submitted' } })).toMatchObject({
      kind: 'updated',
      value: { partnerStatus: 'submitted' },
    });
    const next = applyStatusToSummary({ ...s, revealed: true }, 'me', { relationshipId: 'r1', roundNumber: 2, statuses: { me: 'inProgress' } });
    expect(next).toMatchObject({ kind: 'updated', value: { roundNumber: 2, revealed: false, myStatus: 'inProgress', partnerStatus: 'notStarted' } });
    expect(applyStatusToSummary(s, 'me', { relationshipId: 'other', roundNumber: 1, statuses: { me: 'submitted' } }).kind).toBe('unchanged');
  });
});

describe('traces of the conversation', () => {
  it('go into the revealed round they belong to, and nowhere else', () => {
    const revealed = view({ number: 2, revealed: true, reveal: { revealedAt: '2026-01-01T00:00:00Z', mine: {}, theirs: {} } });
    const t = { roundNumber: 2, appreciations: { sam: 'Thank you' }, smallThings: { me: 'Call on Sundays' } };
    const next = withTraces(revealed, t);
    expect(next.round.reveal?.appreciations).toEqual({ sam: 'Thank you' });
    expect(next.round.reveal?.smallThings).toEqual({ me: 'Call on Sundays' });
    expect(withTraces(revealed, { ...t, roundNumber: 1 })).toBe(revealed);
    const open = view({ number: 2, revealed: false });
    expect(withTraces(open, t)).toBe(open);
  });
});
