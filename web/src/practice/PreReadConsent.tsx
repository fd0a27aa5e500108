import { formRefusal, useAction } from '../useAction';
import { practiceApi } from './practiceApi';
import type { SessionView } from '../sessions/types';

/**
 * A participant's own consent to a pre-read: separate, explicit, for this session only, and theirs to take back until
 * the session begins. The others in the session learn only that one was shared.
 */
export function PreReadConsent({ view, mySeat, onView }: { view: SessionView; mySeat: string | undefined; onView: (v: SessionView) => void }) {
  const { run, busy, error } = useAction(formRefusal);
  const me = view.participants.find((p) => p.seatId === mySeat);
  const others = view.participants.filter((p) => p.seatId !== mySeat && p.preReadShared);
  const facilitator = view.facilitator.displayName;
  const begun = !!view.startedAt;
  if (!me) return null;
  return (
    <section className="panel" aria-labelledby="pre-read-title">
      <h2 id="pre-read-title">A pre-read, if you want one</h2>
      <p>
        You may let {facilitator} read what you submit before you meet, so they can prepare. It is only for this session,
        never includes anything you mark “only for me”, and {begun ? 'held once the session began.' : 'you can take it back until the session begins.'}{' '}
        The others are told that you shared a pre-read, not what it held. If you do nothing, nothing changes.
      </p>
      {me.preReadShared ? <p role="status">You shared a pre-read with {facilitator}.</p> : <p>You have not shared a pre-read.</p>}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!begun && (
        <button type="button" disabled={busy} onClick={() => void run(async () => onView(await practiceApi.sharePreRead(view.sessionId, !me.preReadShared)))}>
          {me.preReadShared ? 'Take back my pre-read' : `Let ${facilitator} read my answers before the session`}
        </button>
      )}
      {others.map((p) => (
        <p key={p.seatId}>{p.name} shared a pre-read with {facilitator}.</p>
      ))}
    </section>
  );
}
