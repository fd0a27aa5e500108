import { useEffect, useState } from 'react';
import { api } from '../api';
import { ConnectionStatus } from '../components/ConnectionStatus';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { pathFor } from '../router';
import { PreReadConsent } from '../practice/PreReadConsent';
import type { SessionPair, SessionView } from './types';

function pairWords(p: SessionPair, mySeat: string | undefined, other: string): string {
  if (p.leftOut) return 'Your facilitator has left this pair out of the session: it is not opened here.';
  if (!p.relationshipId) return `It opens once ${other} has taken their seat.`;
  if (p.revealed) return 'Opened: both perspectives, side by side.';
  const mine = mySeat ? p.statuses[mySeat] : undefined;
  if (mine === 'submitted') return 'You have finished. Your facilitator opens it for you both when the time is right.';
  if (mine === 'inProgress' || mine === 'withdrawn') return 'Your turn: you have started.';
  return 'Your turn.';
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

  const facilitator = view.facilitator.displayName;
  const names = new Map(view.participants.map((p) => [p.seatId, p.name]));
  const mySeat = view.participants.find((p) => p.personId !== null && p.personId === myId)?.seatId;
  return (
    <div className="screen">
      <div className="relationship-header">
        <p className="eyebrow">A session with {facilitator}</p>
        <ConnectionStatus />
      </div>
      <Heading>{view.title}</Heading>
      <p className="lead">
        {facilitator} facilitates this session. Until they open your pair, they see only whether you have started or
        finished, never what you write (unless you choose to share a pre-read, below). When they open it, you, the other
        person and {facilitator} see both perspectives
        at the same moment; anything you mark “only for me” never reaches them. They cannot rate or change your answers.
      </p>
      <section aria-labelledby="my-pairs-title">
        <h2 id="my-pairs-title">{view.pairs.length === 1 ? 'Your pair' : 'Your pairs'}</h2>
        {view.pairs.length === 0 && <p>Your facilitator has not set up a pair for you yet.</p>}
        <ul className="relationship-list">
          {view.pairs.map((p) => {
            const otherSeat = p.seats.find((s) => s !== mySeat) ?? p.seats[1];
            const other = names.get(otherSeat) ?? 'the other person';
            const words = pairWords(p, mySeat, other);
            return (
              <li key={p.pairId} className="relationship-card">
                {p.relationshipId ? (
                  <Link href={pathFor.relationship(p.relationshipId)} className="card-link">
                    <span className="card-title">With {other}</span>
                    <span className="badge">{words}</span>
                  </Link>
                ) : (
                  <div className="card-link">
                    <span className="card-title">With {other}</span>
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
