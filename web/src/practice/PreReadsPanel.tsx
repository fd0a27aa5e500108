import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { friendlyError } from '../api';
import { PerspectiveList } from '../relationship/PerspectiveList';
import type { SessionView } from '../sessions/types';
import { practiceApi } from './practiceApi';
import type { PreReads } from './types';
import { formRefusal, useAction } from '../useAction';

/**
 * The facilitator's side of the pre-read: what each consenting participant submitted (never a private note), fetched
 * again whenever the session changes; and beginning the session, from which moment a pre-read can no longer be taken back.
 */
export function PreReadsPanel({ view, onView }: { view: SessionView; onView: (v: SessionView) => void }) {
  const [preReads, setPreReads] = useState<PreReads | null>(null);
  // What went wrong, worded at render so the words follow the reader's language.
  const [failure, setFailure] = useState<unknown>(null);
  const begin = useAction(formRefusal);
  const intl = useIntl();
  const error = failure == null ? null : friendlyError(failure, intl);
  const consents = view.participants.filter((p) => p.preReadShared).map((p) => p.seatId).join(',');
  const statuses = JSON.stringify(view.pairs.map((p) => p.statuses));

  useEffect(() => {
    let alive = true;
    practiceApi.preReads(view.sessionId).then(
      (p) => alive && setPreReads(p),
      (e) => alive && setFailure(e),
    );
    return () => {
      alive = false;
    };
  }, [view.sessionId, consents, statuses]);

  const names = new Map(view.participants.map((p) => [p.seatId, p.name]));
  return (
    <section className="panel" aria-labelledby="pre-reads-title">
      <h2 id="pre-reads-title">
        <FormattedMessage id="practice.PreReadsPanel.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="practice.PreReadsPanel.explain" />
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {preReads && preReads.shared.length === 0 && (
        <p>
          <FormattedMessage id="practice.PreReadsPanel.none" />
        </p>
      )}
      {preReads?.shared.map((shared) => (
        <article key={shared.seatId} aria-label={intl.formatMessage({ id: 'practice.PreReadsPanel.preRead' }, { name: shared.name })}>
          <h3>
            <FormattedMessage id="practice.PreReadsPanel.preRead" values={{ name: <bdi>{shared.name}</bdi> }} />
          </h3>
          {shared.pairs.map((pair) => {
            const other = view.pairs.find((p) => p.pairId === pair.pairId)?.seats.find((s) => s !== shared.seatId);
            return (
              <div key={pair.pairId}>
                <h4>
                  {names.has(other ?? '') ? (
                    <FormattedMessage id="practice.PreReadsPanel.about" values={{ name: <bdi>{names.get(other ?? '')}</bdi> }} />
                  ) : (
                    <FormattedMessage id="practice.PreReadsPanel.aboutTheirPair" />
                  )}
                </h4>
                {pair.perspective ? (
                  <PerspectiveList perspective={pair.perspective} />
                ) : (
                  <p>
                    <FormattedMessage id="practice.PreReadsPanel.notSubmitted" values={{ name: <bdi>{shared.name}</bdi> }} />
                  </p>
                )}
              </div>
            );
          })}
        </article>
      ))}
      {view.startedAt ? (
        <p>
          <FormattedMessage id="practice.PreReadsPanel.begun" />
        </p>
      ) : (
        <>
          {begin.error && (
            <p className="form-error" role="alert">
              {begin.error}
            </p>
          )}
          <button type="button" disabled={begin.busy} onClick={() => void begin.run(async () => onView(await practiceApi.begin(view.sessionId)))}>
            <FormattedMessage id="practice.PreReadsPanel.begin" />
          </button>
        </>
      )}
    </section>
  );
}
