import { FormattedMessage, useIntl } from 'react-intl';
import { useState } from 'react';
import { ApiError, friendlyError } from '../api';
import { Link } from '../components/Link';
import { pathFor } from '../router';
import { PAIR_STANDING_WORDS, pairStanding, readyPairs, SEAT_STATUS_WORDS } from './board';
import { momentWords } from '../time/when';
import { LeaveOut } from './LeaveOut';
import { pairNames } from './pairReading';
import { PairName } from './PairNames';
import { ReadyInTurn } from './ReadyInTurn';
import { sessionApi } from './sessionApi';
import type { SessionPair, SessionView } from './types';
import { useAction } from '../useAction';

const STANDING_BADGE = { leftOut: 'waiting', waitingForSeats: 'waiting', rating: 'yourTurn', ready: 'readyToOpen', opened: 'readyToTalk' } as const;

/** Every pair: each person's status, whether it is ready, and the facilitator's actions: opening it, or leaving it out. */
export function PairBoard({ view, onView, onChanged }: { view: SessionView; onView: (v: SessionView) => void; onChanged: () => void }) {
  // 409: not ready after all, or opened a moment ago elsewhere; the fresh board says which.
  const intl = useIntl();
  const someone = intl.formatMessage({ id: 'sessions.pair.someone' });
  const { run, busy, error: problem } = useAction((e) => (e instanceof ApiError && e.status === 409 ? null : friendlyError(e, intl)));
  const [announce, setAnnounce] = useState('');
  const names = new Map(view.participants.map((p) => [p.seatId, p.name]));
  const ready = readyPairs(view);

  async function openOne(p: SessionPair) {
    await run(async () => {
      await sessionApi.release(view.sessionId, p.pairId);
      const [a, b] = pairNames(p.seats, names, someone);
      setAnnounce(intl.formatMessage({ id: 'sessions.opened' }, { a, b }));
    });
    onChanged();
  }

  return (
    <section className="panel" aria-labelledby="pairs-title">
      <h2 id="pairs-title">
        <FormattedMessage id="sessions.PairBoard.title" />
      </h2>
      {view.pairs.length === 0 ? (
        <p>
          <FormattedMessage id="sessions.PairBoard.none" />
        </p>
      ) : (
        <>
          <p>
            <FormattedMessage id="sessions.PairBoard.about" />
          </p>
          {view.kind === 'family' && view.pairs.length > 1 && <ReadyInTurn view={view} ready={ready} onChanged={onChanged} />}
          <ul className="pair-list">
            {view.pairs.map((p) => {
              const [a, b] = pairNames(p.seats, names, someone);
              const standing = pairStanding(p);
              const keptPrivate = p.seats.filter((seat) => p.statuses[seat] === 'keptPrivate').map((seat) => names.get(seat));
              return (
                <li key={p.pairId} className="pair-card" data-pair={`${a}+${b}`} data-pair-standing={standing}>
                  <h3>
                    <PairName names={[a, b]} />
                  </h3>
                  <p className="badge" data-standing={STANDING_BADGE[standing]}>
                    {standing === 'opened' && p.revealedAt ? (
                      <FormattedMessage id="sessions.PairBoard.openedOn" values={{ when: momentWords(intl, p.revealedAt) }} />
                    ) : (
                      <FormattedMessage id={PAIR_STANDING_WORDS[standing]} />
                    )}
                  </p>
                  {standing === 'leftOut' && (
                    <p className="muted">
                      {p.leftOutReason ? (
                        <FormattedMessage id="sessions.PairBoard.reason" values={{ reason: <bdi>{p.leftOutReason}</bdi> }} />
                      ) : (
                        <FormattedMessage id="sessions.PairBoard.noReason" />
                      )}
                    </p>
                  )}
                  {p.relationshipId && (standing === 'rating' || standing === 'ready') && (
                    <ul className="seat-statuses">
                      {p.seats.map((seat) => {
                        const status = p.statuses[seat] ?? 'notStarted';
                        return (
                          <li key={seat} data-seat-status={status}>
                            <FormattedMessage
                              id="sessions.PairBoard.seatStatus"
                              values={{ name: <bdi className="seat-name">{names.get(seat)}</bdi>, status: intl.formatMessage({ id: SEAT_STATUS_WORDS[status] }) }}
                            />
                          </li>
                        );
                      })}
                    </ul>
                  )}
                  {standing === 'rating' && keptPrivate.length > 0 && (
                    <p className="kept-private-note">
                      <FormattedMessage
                        id="sessions.PairBoard.keptPrivate"
                        values={{ count: keptPrivate.length, a: <bdi>{keptPrivate[0]}</bdi>, b: <bdi>{keptPrivate[1]}</bdi> }}
                      />
                    </p>
                  )}
                  {standing === 'ready' && (
                    <button type="button" className="primary" onClick={() => void openOne(p)} disabled={busy} aria-label={intl.formatMessage({ id: 'sessions.PairBoard.openLabel' }, { a, b })}>
                      <FormattedMessage id="sessions.PairBoard.open" />
                    </button>
                  )}
                  {standing !== 'opened' && standing !== 'leftOut' && <LeaveOut view={view} pairId={p.pairId} names={[a, b]} onView={onView} />}
                  {standing === 'opened' && (
                    <Link href={`${pathFor.present(view.sessionId)}?pair=${encodeURIComponent(p.pairId)}`}>
                      <FormattedMessage id="sessions.PairBoard.show" values={{ a: <bdi>{a}</bdi>, b: <bdi>{b}</bdi> }} />
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
