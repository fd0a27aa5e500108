import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { friendlyError } from '../api';
import { compare, compareDimension, scoreWords, startingPoints, type Names } from '../relationship/comparison';
import { EXPERIENCE_WORDS, leansTheirs } from '../method';
import type { Perspective } from '../types';
import { SEAT_STATUS_WORDS } from './board';
import { orderedPeople, pairNames } from './pairReading';
import { ROOM_STEPS, roomStepTitle } from './room';
import { sessionApi } from './sessionApi';
import type { PairRounds, RoomView, SessionView } from './types';

/** The pair's round of this check-in, fetched once it is released (never before: the server has nothing to give). */
function useReleasedRound(view: SessionView, room: RoomView, version: number) {
  const [rounds, setRounds] = useState<PairRounds | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (!room.revealed) return;
    let alive = true;
    sessionApi.pair(view.sessionId, room.pairId).then(
      (r) => alive && (setRounds(r), setProblem(null)),
      (e) => alive && setProblem(friendlyError(e)),
    );
    return () => {
      alive = false;
    };
  }, [view.sessionId, room.pairId, room.revealed, version]);
  return { rounds: rounds?.pairId === room.pairId ? rounds : null, problem };
}

function StartingPointsStep({ a, b, names, pair }: { a: Perspective; b: Perspective; names: Names; pair: string }) {
  const intl = useIntl();
  const points = startingPoints(compare(intl, a, b, names));
  if (points.length === 0) return <p className="room-text">{pair} see things in similar ways. It can still help to talk about each one.</p>;
  return (
    <ul className="room-points">
      {points.map((p) => (
        <li key={p.key}>
          <strong>{p.title}:</strong>{' '}
          {p.kind === 'sharedImbalance' ? `${EXPERIENCE_WORDS.sharedImbalance}. ` : p.difference === 'scores' ? `${EXPERIENCE_WORDS.scores}. ` : `${EXPERIENCE_WORDS.leans}. `}
          {p.opener}
        </li>
      ))}
    </ul>
  );
}

function DimensionStep({ step, a, b, names, nameA, nameB }: { step: Exclude<RoomView['step'], 'startingPoints'>; a: Perspective; b: Perspective; names: Names; nameA: string; nameB: string }) {
  const intl = useIntl();
  const row = compareDimension(intl, step, a, b, names);
  return (
    <>
      <p className="comparison-headline room-text">{row.headline}</p>
      <div className="side-by-side">
        {[
          { d: row.mine, name: nameA },
          { d: row.theirs, name: nameB },
        ].map(({ d, name }) => (
          <div key={name} className="side">
            <h4>{name}</h4>
            <p>{scoreWords(intl, d.score)}</p>
            {d.leans && <p>{leansTheirs(d.leans, name)}</p>}
            {d.note && <p className="report-quote">“{d.note}”</p>}
          </div>
        ))}
      </div>
      {row.leansReading && <p className="leans-reading">{row.leansReading}</p>}
      <p className="conversation room-text">
        <span className="conversation-label">A question to start with: </span>
        {row.conversation}
      </p>
    </>
  );
}

/**
 * What the shared screen shows of the room's pair: before its release, who has finished (statuses only); after, its
 * starting points, then one dimension at a time, as the facilitator steps it.
 */
export function RoomScreen({ view, room: stored, version }: { view: SessionView; room: RoomView; version: number }) {
  const pair = view.pairs.find((p) => p.pairId === stored.pairId);
  // The release reaches this screen as the pair's own event, before the session is fetched again.
  const room: RoomView = pair?.revealed && !stored.revealed ? { ...stored, revealed: true } : stored;
  const { rounds, problem } = useReleasedRound(view, room, version);
  if (!pair) return null;
  const seatNames = pairNames(pair.seats, new Map(view.participants.map((p) => [p.seatId, p.name])));
  const title = `${seatNames[0]} and ${seatNames[1]}`;
  const at = ROOM_STEPS.indexOf(room.step) + 1;

  let body: React.ReactNode;
  if (!room.revealed) {
    body = (
      <>
        <ul className="room-statuses">
          {pair.seats.map((seat, i) => (
            <li key={seat}>
              <strong>{seatNames[i]}:</strong> {SEAT_STATUS_WORDS[pair.statuses[seat] === 'submitted' ? 'submitted' : pair.statuses[seat] === 'notStarted' ? 'notStarted' : 'inProgress']}
            </li>
          ))}
        </ul>
        <p className="room-text">Their perspectives appear here once both have finished and the pair is opened.</p>
      </>
    );
  } else if (problem) {
    body = (
      <p className="form-error" role="alert">
        {problem}
      </p>
    );
  } else {
    const round = rounds?.rounds.at(-1);
    const seatPeople = pair.seats.map((s) => view.participants.find((p) => p.seatId === s)?.personId ?? null) as [string | null, string | null];
    const people = round ? orderedPeople(seatPeople, Object.keys(round.perspectives)) : null;
    if (!round || !people) body = <p aria-live="polite">Opening…</p>;
    else {
      const names: Names = { self: seatNames[0], other: seatNames[1] };
      body =
        room.step === 'startingPoints' ? (
          <StartingPointsStep a={round.perspectives[people[0]]} b={round.perspectives[people[1]]} names={names} pair={title} />
        ) : (
          <DimensionStep step={room.step} a={round.perspectives[people[0]]} b={round.perspectives[people[1]]} names={names} nameA={seatNames[0]} nameB={seatNames[1]} />
        );
    }
  }

  return (
    <article className="room-screen" aria-labelledby="room-title" data-room-step={room.step}>
      {/* A session named after its pair would say the same twice: the heading then only names the article. */}
      <h2 id="room-title" className={view.title.trim() === title ? 'visually-hidden' : undefined}>
        {title}
      </h2>
      <section className="panel room-step" aria-labelledby="room-step-title" aria-live="polite">
        <h3 id="room-step-title">
          {roomStepTitle(room.revealed ? room.step : 'startingPoints')}
          <span className="muted room-step-count"> · step {room.revealed ? at : 1} of {ROOM_STEPS.length}</span>
        </h3>
        {body}
      </section>
    </article>
  );
}
