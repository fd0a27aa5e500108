import { useState } from 'react';
import { useIntl } from 'react-intl';
import { ApiError, friendlyError } from '../api';
import { Link } from '../components/Link';
import { when } from '../relationship/RoundHistory';
import { pathFor } from '../router';
import { PAIR_STANDING_WORDS, pairStanding, readyPairs, SEAT_STATUS_WORDS } from './board';
import { LeaveOut } from './LeaveOut';
import { pairNames } from './pairReading';
import { ReadyInTurn } from './ReadyInTurn';
import { sessionApi } from './sessionApi';
import type { SessionPair, SessionView } from './types';
import { useAction } from '../useAction';

const STANDING_BADGE = { leftOut: 'waiting', waitingForSeats: 'waiting', rating: 'yourTurn', ready: 'readyToOpen', opened: 'readyToTalk' } as const;

/** Every pair: each person's status, whether it is ready, and the facilitator's actions: opening it, or leaving it out. */
export function PairBoard({ view, onView, onChanged }: { view: SessionView; onView: (v: SessionView) => void; onChanged: () => void }) {
  // 409: not ready after all, or opened a moment ago elsewhere; the fresh board says which.
  const { run, busy, error: problem } = useAction((e) => (e instanceof ApiError && e.status === 409 ? null : friendlyError(e)));
  const [announce, setAnnounce] = useState('');
  const intl = useIntl();
  const names = new Map(view.participants.map((p) => [p.seatId, p.name]));
  const ready = readyPairs(view);

  async function openOne(p: SessionPair) {
    await run(async () => {
      await sessionApi.release(view.sessionId, p.pairId);
      const [a, b] = pairNames(p.seats, names);
      setAnnounce(`Opened for ${a} and ${b}.`);
    });
    onChanged();
  }

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
          {view.kind === 'family' && view.pairs.length > 1 && <ReadyInTurn view={view} ready={ready} onChanged={onChanged} />}
          <ul className="pair-list">
            {view.pairs.map((p) => {
              const [a, b] = pairNames(p.seats, names);
              const standing = pairStanding(p);
              const keptPrivate = p.seats.filter((seat) => p.statuses[seat] === 'keptPrivate').map((seat) => names.get(seat));
              return (
                <li key={p.pairId} className="pair-card" data-pair={`${a} and ${b}`} data-pair-standing={standing}>
                  <h3>
                    {a} and {b}
                  </h3>
                  <p className="badge" data-standing={STANDING_BADGE[standing]}>
                    {PAIR_STANDING_WORDS[standing]}
                    {standing === 'opened' && p.revealedAt ? ` on ${when(intl, p.revealedAt)}` : ''}
                  </p>
                  {standing === 'leftOut' && (
                    <p className="muted">{p.leftOutReason ? `Your reason, for you alone: “${p.leftOutReason}”` : 'Only you know why; they see only that it was left out.'}</p>
                  )}
                  {p.relationshipId && (standing === 'rating' || standing === 'ready') && (
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
                  {standing === 'rating' && keptPrivate.length > 0 && (
                    <p className="kept-private-note">
                      {keptPrivate.join(' and ')} chose not to share in this pair for now. Their answers stay their own; you
                      will not see them. This pair will not be ready unless they choose to share, so you may leave it out.
                    </p>
                  )}
                  {standing === 'ready' && (
                    <button type="button" className="primary" onClick={() => void openOne(p)} disabled={busy} aria-label={`Open this pair: ${a} and ${b}`}>
                      Open this pair
                    </button>
                  )}
                  {standing !== 'opened' && standing !== 'leftOut' && <LeaveOut view={view} pairId={p.pairId} names={`${a} and ${b}`} onView={onView} />}
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
