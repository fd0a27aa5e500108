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
  const names = new Map(view.participants.map((p) => [p.seatId, p.name]));
  const [queue, setQueue] = useState<string[] | null>(null);
  const [announce, setAnnounce] = useState('');
  // The first pair asked for that is still ready (one opened elsewhere meanwhile drops out).
  const current = queue?.map((id) => ready.find((p) => p.pairId === id)).find((p) => p !== undefined);
  const [a, b] = current ? pairNames(current.seats, names) : ['', ''];

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
        next(p.pairId, `Opened for ${a} and ${b}.`);
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
            Open the ready pairs, one at a time
          </button>
        </p>
      ) : (
        <div className="panel confirm-pair" role="group" aria-labelledby="ready-in-turn-title">
          <p id="ready-in-turn-title">
            <strong>
              Open {a} and {b} now?
            </strong>{' '}
            They both see both perspectives on their own screens at the same moment.
          </p>
          <p className="button-row">
            <button type="button" className="primary" onClick={() => void open(current)} disabled={busy}>
              Open {a} and {b}
            </button>
            <button type="button" className="link-button" onClick={() => next(current.pairId, `${a} and ${b} stay closed for now.`)} disabled={busy}>
              Not yet
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
