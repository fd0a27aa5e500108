import { FormattedMessage, useIntl } from 'react-intl';
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
export function LeaveOut({ view, pairId, names, onView }: { view: SessionView; pairId: string; names: [string, string]; onView: (v: SessionView) => void }) {
  const intl = useIntl();
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const { run, busy, error, setError } = useAction(fieldFirst('reason'));

  async function leaveOut() {
    const err = validateText(reason, REASON_LIMIT, 'the reason', false, intl);
    setError(err);
    if (err) return;
    await run(async () => {
      onView(await sessionApi.leaveOut(view.sessionId, pairId, reason.trim()));
      setAsking(false);
    });
  }

  if (!asking) {
    return (
      <button
        type="button"
        className="link-button"
        onClick={() => setAsking(true)}
        aria-label={intl.formatMessage({ id: 'sessions.LeaveOut.askLabel' }, { a: names[0], b: names[1] })}
      >
        <FormattedMessage id="sessions.LeaveOut.leaveOut" />
      </button>
    );
  }

  return (
    <div className="leave-out" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`}>
        <FormattedMessage
          id="sessions.LeaveOut.question"
          values={{ a: <bdi>{names[0]}</bdi>, b: <bdi>{names[1]}</bdi>, strong: (chunks) => <strong>{chunks}</strong> }}
        />
      </p>
      <div className="field">
        <label htmlFor={id}>
          <FormattedMessage id="sessions.LeaveOut.why" />
        </label>
        <textarea
          id={id}
          rows={2}
          value={reason}
          placeholder={intl.formatMessage({ id: 'sessions.LeaveOut.whyPlaceholder' })}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <FieldError id={`${id}-error`} messages={error} />
      </div>
      <p className="button-row">
        <button type="button" onClick={leaveOut} disabled={busy}>
          <FormattedMessage id="sessions.LeaveOut.leaveOut" />
        </button>
        <button type="button" className="link-button" onClick={() => setAsking(false)} disabled={busy}>
          <FormattedMessage id="sessions.LeaveOut.keepIn" />
        </button>
      </p>
    </div>
  );
}
