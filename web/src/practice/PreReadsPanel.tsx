import { useEffect, useState } from 'react';
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
  const [error, setError] = useState<string | null>(null);
  const begin = useAction(formRefusal);
  const consents = view.participants.filter((p) => p.preReadShared).map((p) => p.seatId).join(',');
  const statuses = JSON.stringify(view.pairs.map((p) => p.statuses));

  useEffect(() => {
    let alive = true;
    practiceApi.preReads(view.sessionId).then(
      (p) => alive && setPreReads(p),
      (e) => alive && setError(friendlyError(e)),
    );
    return () => {
      alive = false;
    };
  }, [view.sessionId, consents, statuses]);

  const names = new Map(view.participants.map((p) => [p.seatId, p.name]));
  return (
    <section className="panel" aria-labelledby="pre-reads-title">
      <h2 id="pre-reads-title">Pre-reads</h2>
      <p className="muted">
        A participant may let you read what they submitted before the room. Without their consent you see only whether they
        have started or finished.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {preReads && preReads.shared.length === 0 && <p>Nobody has shared a pre-read for this session.</p>}
      {preReads?.shared.map((shared) => (
        <article key={shared.seatId} aria-label={`${shared.name}’s pre-read`}>
          <h3>{shared.name}’s pre-read</h3>
          {shared.pairs.map((pair) => {
            const other = view.pairs.find((p) => p.pairId === pair.pairId)?.seats.find((s) => s !== shared.seatId);
            return (
              <div key={pair.pairId}>
                <h4>About {names.get(other ?? '') ?? 'their pair'}</h4>
                {pair.perspective ? <PerspectiveList perspective={pair.perspective} /> : <p>{shared.name} has not submitted yet.</p>}
              </div>
            );
          })}
        </article>
      ))}
      {view.startedAt ? (
        <p>The session has begun: pre-reads shared by then hold for it.</p>
      ) : (
        <>
          {begin.error && (
            <p className="form-error" role="alert">
              {begin.error}
            </p>
          )}
          <button type="button" disabled={begin.busy} onClick={() => void begin.run(async () => onView(await practiceApi.begin(view.sessionId)))}>
            Begin the session
          </button>
        </>
      )}
    </section>
  );
}
