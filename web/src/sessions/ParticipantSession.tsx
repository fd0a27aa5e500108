import { FormattedMessage } from 'react-intl';
import type { MessageId } from '../i18n/messageIds';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { ConnectionStatus } from '../components/ConnectionStatus';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { pathFor } from '../router';
import { PreReadConsent } from '../practice/PreReadConsent';
import type { SessionPair, SessionView } from './types';

/** Where one of the person's pairs stands, in words about them. */
function pairWords(p: SessionPair, mySeat: string | undefined): MessageId {
  if (p.leftOut) return 'sessions.ParticipantSession.leftOut';
  if (!p.relationshipId) return 'sessions.ParticipantSession.waitingForSeat';
  if (p.revealed) return 'sessions.ParticipantSession.opened';
  const mine = mySeat ? p.statuses[mySeat] : undefined;
  if (mine === 'submitted') return 'sessions.ParticipantSession.finished';
  if (mine === 'inProgress' || mine === 'withdrawn') return 'sessions.ParticipantSession.started';
  return 'sessions.ParticipantSession.yourTurn';
}

/** A participant's view of the session: who facilitates, what they see, and the person's own pairs. */
export function ParticipantSession({ view, onView }: { view: SessionView; onView: (v: SessionView) => void }) {
  const [myId, setMyId] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    api.me().then(
      (m) => alive && setMyId(m.personId),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, []);

  const facilitator = <bdi>{view.facilitator.displayName}</bdi>;
  const names = new Map(view.participants.map((p) => [p.seatId, p.name]));
  const mySeat = view.participants.find((p) => p.personId !== null && p.personId === myId)?.seatId;
  return (
    <div className="screen">
      <div className="relationship-header">
        <p className="eyebrow">
          <FormattedMessage id="sessions.ParticipantSession.eyebrow" values={{ facilitator }} />
        </p>
        <ConnectionStatus />
      </div>
      <Heading>
        <bdi>{view.title}</bdi>
      </Heading>
      <p className="lead">
        <FormattedMessage id="sessions.ParticipantSession.lead" values={{ facilitator }} />
      </p>
      <section aria-labelledby="my-pairs-title">
        <h2 id="my-pairs-title">
          <FormattedMessage id="sessions.ParticipantSession.pairsTitle" values={{ count: view.pairs.length }} />
        </h2>
        {view.pairs.length === 0 && (
          <p>
            <FormattedMessage id="sessions.ParticipantSession.noPair" />
          </p>
        )}
        <ul className="relationship-list">
          {view.pairs.map((p) => {
            const otherSeat = p.seats.find((s) => s !== mySeat) ?? p.seats[1];
            const otherName = names.get(otherSeat);
            // No name (the seat is not in the session any more): each message words "the other person" in its own case.
            const other = { other: <bdi>{otherName ?? ''}</bdi>, named: otherName === undefined ? 'no' : 'yes' };
            const words = <FormattedMessage id={pairWords(p, mySeat)} values={other} />;
            return (
              <li key={p.pairId} className="relationship-card">
                {p.relationshipId ? (
                  <Link href={pathFor.relationship(p.relationshipId)} className="card-link">
                    <span className="card-title">
                      <FormattedMessage id="sessions.ParticipantSession.with" values={other} />
                    </span>
                    <span className="badge">{words}</span>
                  </Link>
                ) : (
                  <div className="card-link">
                    <span className="card-title">
                      <FormattedMessage id="sessions.ParticipantSession.with" values={other} />
                    </span>
                    <span className="badge" data-standing="waiting">
                      {words}
                    </span>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      <PreReadConsent view={view} mySeat={mySeat} onView={onView} />
    </div>
  );
}
