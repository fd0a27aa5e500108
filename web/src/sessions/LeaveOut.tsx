import { useId, useState } from 'react';
import { FieldError } from '../components/FieldError';
import { validateText } from '../validation';
import { sessionApi } from './sessionApi';
import type { SessionView } from './types';
import { fieldFirst, useAction } from '../useAction';

export const REASON_LIMIT = 500;

/**
 * Leaving a pair out of the session, before it is opened: asked first, with a reason only the facilitator will read.
 * The pair's two people see that it was left out, never why.
 */
export function LeaveOut({ view, pairId, names, onView }: { view: SessionView; pairId: string; names: string; onView: (v: SessionView) => void }) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const { run, busy, error, setError } = useAction(fieldFirst('reason'));

  async function leaveOut() {
    const err = validateText(reason, REASON_LIMIT, 'the reason');
    setError(err);
    if (err) return;
    await run(async () => {
      onView(await sessionApi.leaveOut(view.sessionId, pairId, reason.trim()));
      setAsking(false);
    });
  }

  if (!asking) {
    return (
      <button type="button" className="link-button" onClick={() => setAsking(true)} aria-label={`Leave this pair out: ${names}`}>
        Leave this pair out
      </button>
    );
  }

  return (
    <div className="leave-out" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`}>
        <strong>Leave {names} out of this session?</strong> Their pair is not opened here, and the next check-in goes on
        without it. They see that it was left out, never why. This cannot be undone in this session.
      </p>
      <div className="field">
        <label htmlFor={id}>Why (optional, only you see this)</label>
        <textarea
          id={id}
          rows={2}
          value={reason}
          placeholder="For example: not for this room"
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <FieldError id={`${id}-error`} messages={error} />
      </div>
      <p className="button-row">
        <button type="button" onClick={leaveOut} disabled={busy}>
          Leave this pair out
        </button>
        <button type="button" className="link-button" onClick={() => setAsking(false)} disabled={busy}>
          Keep it in
        </button>
      </p>
    </div>
  );
}
