import { FormattedMessage, useIntl } from 'react-intl';
import { useState } from 'react';
import { ApiError } from '../api';
import { pairNames } from './pairReading';
import { sessionApi } from './sessionApi';
import type { SessionPair, SessionView } from './types';
import { useAction } from '../useAction';

/**
 * The ready pairs of a family, opened one at a time: each is asked for by name, because opening a pair puts both
 * perspectives on those two people's phones at once (a parent and a teenager, perhaps), and the room may not be ready.
 */
export function ReadyInTurn({ view, ready, onChanged }: { view: SessionView; ready: SessionPair[]; onChanged: () => void }) {
  const intl = useIntl();
  const names = new Map(view.participants.map((p) => [p.seatId, p.name]));
  const [queue, setQueue] = useState<string[] | null>(null);
  const [announce, setAnnounce] = useState('');
  // The first pair asked for that is still ready (one opened elsewhere meanwhile drops out).
  const current = queue?.map((id) => ready.find((p) => p.pairId === id)).find((p) => p !== undefined);
  const [a, b] = current ? pairNames(current.seats, names, intl.formatMessage({ id: 'sessions.pair.someone' })) : ['', ''];

  function next(pairId: string, said: string) {
    setAnnounce(said);
    setQueue((q) => {
      const rest = (q ?? []).filter((id) => id !== pairId && ready.some((p) => p.pairId === id));
      return rest.length > 0 ? rest : null;
    });
  }

  const { run, busy, error: problem } = useAction();

  async function open(p: SessionPair) {
    await run(async () => {
      try {
        await sessionApi.release(view.sessionId, p.pairId);
        next(p.pairId, intl.formatMessage({ id: 'sessions.opened' }, { a, b }));
      } catch (e) {
        // 409: opened a moment ago elsewhere, or no longer ready; the fresh board says which.
        if (e instanceof ApiError && e.status === 409) next(p.pairId, '');
        else throw e;
      }
    });
    onChanged();
  }

  return (
    <div className="ready-in-turn">
      {!current ? (
        <p>
          <button type="button" onClick={() => setQueue(ready.map((p) => p.pairId))} disabled={ready.length === 0}>
            <FormattedMessage id="sessions.ReadyInTurn.start" />
          </button>
        </p>
      ) : (
        <div className="panel confirm-pair" role="group" aria-labelledby="ready-in-turn-title">
          <p id="ready-in-turn-title">
            <FormattedMessage
              id="sessions.ReadyInTurn.question"
              values={{ a: <bdi>{a}</bdi>, b: <bdi>{b}</bdi>, strong: (chunks) => <strong>{chunks}</strong> }}
            />
          </p>
          <p className="button-row">
            <button type="button" className="primary" onClick={() => void open(current)} disabled={busy}>
              <FormattedMessage id="sessions.ReadyInTurn.open" values={{ a: <bdi>{a}</bdi>, b: <bdi>{b}</bdi> }} />
            </button>
            <button type="button" className="link-button" onClick={() => next(current.pairId, intl.formatMessage({ id: 'sessions.ReadyInTurn.stayClosed' }, { a, b }))} disabled={busy}>
              <FormattedMessage id="sessions.ReadyInTurn.notYet" />
            </button>
          </p>
        </div>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <p className="status-line" role="status">
        {announce}
      </p>
    </div>
  );
}
