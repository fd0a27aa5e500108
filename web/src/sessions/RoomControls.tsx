import { pathFor } from '../router';
import { pairNames } from './pairReading';
import { neighbourStep, roomStepTitle } from './room';
import { sessionApi } from './sessionApi';
import type { RoomStep, SessionView } from './types';
import { conflictDetail, useAction } from '../useAction';

/**
 * The facilitator's remote for the shared screen: which pair, and back or on one step. Each press is sent to the
 * server, which tells every screen of theirs watching the session (the projector among them).
 */
export function RoomControls({ view, onView }: { view: SessionView; onView: (v: SessionView) => void }) {
  const { run, busy, error: problem } = useAction(conflictDetail);
  const names = new Map(view.participants.map((p) => [p.seatId, p.name]));
  const pairs = view.pairs.filter((p) => p.relationshipId && !p.leftOut);
  const stored = view.room ?? null;
  // A release reaches this screen as the pair's own event, before the session is fetched again.
  const room = stored && !stored.revealed && view.pairs.some((p) => p.pairId === stored.pairId && p.revealed) ? { ...stored, revealed: true } : stored;

  async function step(pairId: string, to: RoomStep) {
    await run(async () => onView(await sessionApi.stepRoom(view.sessionId, pairId, to)));
  }

  const back = room?.revealed ? neighbourStep(room.step, -1) : null;
  const next = room?.revealed ? neighbourStep(room.step, 1) : null;
  return (
    <section className="panel room-controls no-print" aria-labelledby="room-controls-title">
      <h2 id="room-controls-title">Your controls</h2>
      <p className="muted">
        What you choose here shows on every screen where you opened this page, such as the projector. Open{' '}
        <a href={`${pathFor.present(view.sessionId)}?screen=projector`} target="_blank" rel="noreferrer">
          the projector’s view
        </a>{' '}
        there: it shows the pair alone, without these controls.
      </p>
      {pairs.length === 0 ? (
        <p>No pair has begun yet.</p>
      ) : (
        <ul className="room-pairs">
          {pairs.map((p) => {
            const [a, b] = pairNames(p.seats, names);
            return (
              <li key={p.pairId}>
                <button type="button" aria-pressed={room?.pairId === p.pairId} disabled={busy} onClick={() => step(p.pairId, 'startingPoints')}>
                  Show {a} and {b}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {room && (
        <p className="button-row">
          <button type="button" disabled={busy || !back} onClick={() => back && step(room.pairId, back)}>
            Back{back ? `: ${roomStepTitle(back)}` : ''}
          </button>
          <button type="button" className="primary" disabled={busy || !next} onClick={() => next && step(room.pairId, next)}>
            Next{next ? `: ${roomStepTitle(next)}` : ''}
          </button>
        </p>
      )}
      {room && !room.revealed && <p className="muted">The dimensions can be stepped through once you open this pair on the board.</p>}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
