import { useState } from 'react';
import { ApiError, friendlyError } from '../api';
import { Link } from '../components/Link';
import { when } from '../components/RoundHistory';
import { pathFor } from '../router';
import { PAIR_STANDING_WORDS, pairStanding, readyPairs, SEAT_STATUS_WORDS } from './board';
import { pairNames } from './pairReading';
import { sessionApi } from './sessionApi';
import type { SessionPair, SessionView } from './types';

const STANDING_BADGE = { waitingForSeats: 'waiting', rating: 'yourTurn', ready: 'readyToOpen', opened: 'readyToTalk' } as const;

/** Every pair: each person's status, whether it is ready, and the facilitator's one action, opening it. */
export function PairBoard({ view, onChanged }: { view: SessionView; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  const [announce, setAnnounce] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const names = new Map(view.participants.map((p) => [p.seatId, p.name]));
  const ready = readyPairs(view);

  async function release(run: () => Promise<string>) {
    setBusy(true);
    setProblem(null);
    try {
      setAnnounce(await run());
    } catch (e) {
      // 409: not ready after all, or opened a moment ago elsewhere; the fresh board says which.
      if (!(e instanceof ApiError && e.status === 409)) setProblem(friendlyError(e));
    } finally {
      setBusy(false);
      onChanged();
    }
  }

  const openOne = (p: SessionPair) =>
    release(async () => {
      await sessionApi.release(view.sessionId, p.pairId);
      const [a, b] = pairNames(p.seats, names);
      return `Opened for ${a} and ${b}.`;
    });
  const openReady = () =>
    release(async () => {
      const { released } = await sessionApi.releaseReady(view.sessionId);
      return released.length === 0 ? 'No pair was ready to open.' : 'Opened every pair that was ready.';
    });

  return (
    <section className="panel" aria-labelledby="pairs-title">
      <h2 id="pairs-title">The pairs</h2>
      {view.pairs.length === 0 ? (
        <p>Once two people are in the session, their pair appears here.</p>
      ) : (
        <>
          <p>
            You see whether each person has started or finished, never what they wrote. When a pair has both finished
            and the room is ready, open it: the two of them and you see both perspectives at the same moment.
          </p>
          {view.pairs.length > 1 && (
            <p>
              <button type="button" onClick={openReady} disabled={busy || ready.length === 0}>
                Open every ready pair
              </button>
            </p>
          )}
          <ul className="pair-list">
            {view.pairs.map((p) => {
              const [a, b] = pairNames(p.seats, names);
              const standing = pairStanding(p);
              return (
                <li key={p.pairId} className="pair-card" data-pair={`${a} and ${b}`} data-pair-standing={standing}>
                  <h3>
                    {a} and {b}
                  </h3>
                  <p className="badge" data-standing={STANDING_BADGE[standing]}>
                    {PAIR_STANDING_WORDS[standing]}
                    {standing === 'opened' && p.revealedAt ? ` on ${when(p.revealedAt)}` : ''}
                  </p>
                  {p.relationshipId && standing !== 'opened' && (
                    <ul className="seat-statuses">
                      {p.seats.map((seat) => {
                        const status = p.statuses[seat] ?? 'notStarted';
                        return (
                          <li key={seat} data-seat-status={status}>
                            <span className="seat-name">{names.get(seat)}</span>: {SEAT_STATUS_WORDS[status]}
                          </li>
                        );
                      })}
                    </ul>
                  )}
                  {standing === 'ready' && (
                    <button type="button" className="primary" onClick={() => openOne(p)} disabled={busy} aria-label={`Open this pair: ${a} and ${b}`}>
                      Open this pair
                    </button>
                  )}
                  {standing === 'opened' && (
                    <Link href={`${pathFor.present(view.sessionId)}?pair=${encodeURIComponent(p.pairId)}`}>
                      Show {a} and {b} on the shared screen
                    </Link>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <p className="status-line" role="status">
        {announce}
      </p>
    </section>
  );
}
