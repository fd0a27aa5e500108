import { FormattedMessage } from 'react-intl';
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
  const facilitator = <bdi>{view.facilitator.displayName}</bdi>;
  const begun = !!view.startedAt;
  if (!me) return null;
  return (
    <section className="panel" aria-labelledby="pre-read-title">
      <h2 id="pre-read-title">
        <FormattedMessage id="practice.PreReadConsent.title" />
      </h2>
      <p>
        <FormattedMessage id="practice.PreReadConsent.explain" values={{ facilitator, begun: begun ? 'yes' : 'no' }} />
      </p>
      {me.preReadShared ? (
        <p role="status">
          <FormattedMessage id="practice.PreReadConsent.shared" values={{ facilitator }} />
        </p>
      ) : (
        <p>
          <FormattedMessage id="practice.PreReadConsent.notShared" />
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!begun && (
        <button type="button" disabled={busy} onClick={() => void run(async () => onView(await practiceApi.sharePreRead(view.sessionId, !me.preReadShared)))}>
          {me.preReadShared ? (
            <FormattedMessage id="practice.PreReadConsent.takeBack" />
          ) : (
            <FormattedMessage id="practice.PreReadConsent.share" values={{ facilitator }} />
          )}
        </button>
      )}
      {others.map((p) => (
        <p key={p.seatId}>
          <FormattedMessage id="practice.PreReadConsent.otherShared" values={{ name: <bdi>{p.name}</bdi>, facilitator }} />
        </p>
      ))}
    </section>
  );
}
