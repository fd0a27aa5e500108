import { FormattedMessage, useIntl } from 'react-intl';
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
  const intl = useIntl();
  const { run, busy, error: problem } = useAction(conflictDetail);
  const someone = intl.formatMessage({ id: 'sessions.pair.someone' });
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
      <h2 id="room-controls-title">
        <FormattedMessage id="sessions.RoomControls.title" />
      </h2>
      <p className="muted">
        <FormattedMessage
          id="sessions.RoomControls.projector"
          values={{
            link: (chunks) => (
              <a href={`${pathFor.present(view.sessionId)}?screen=projector`} target="_blank" rel="noreferrer">
                {chunks}
              </a>
            ),
          }}
        />
      </p>
      {pairs.length === 0 ? (
        <p>
          <FormattedMessage id="sessions.RoomControls.noPair" />
        </p>
      ) : (
        <ul className="room-pairs">
          {pairs.map((p) => {
            const [a, b] = pairNames(p.seats, names, someone);
            return (
              <li key={p.pairId}>
                <button type="button" aria-pressed={room?.pairId === p.pairId} disabled={busy} onClick={() => step(p.pairId, 'startingPoints')}>
                  <FormattedMessage id="sessions.RoomControls.show" values={{ a: <bdi>{a}</bdi>, b: <bdi>{b}</bdi> }} />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {room && (
        <p className="button-row">
          <button type="button" disabled={busy || !back} onClick={() => back && step(room.pairId, back)}>
            {back ? <FormattedMessage id="sessions.RoomControls.backTo" values={{ step: roomStepTitle(back, intl) }} /> : <FormattedMessage id="sessions.RoomControls.back" />}
          </button>
          <button type="button" className="primary" disabled={busy || !next} onClick={() => next && step(room.pairId, next)}>
            {next ? <FormattedMessage id="sessions.RoomControls.nextTo" values={{ step: roomStepTitle(next, intl) }} /> : <FormattedMessage id="sessions.RoomControls.next" />}
          </button>
        </p>
      )}
      {room && !room.revealed && (
        <p className="muted">
          <FormattedMessage id="sessions.RoomControls.notOpened" />
        </p>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
