import { FormattedMessage, useIntl } from 'react-intl';
import { useEffect, useState } from 'react';
import { friendlyError } from '../api';
import { compare, compareDimension, scoreWords, startingPoints, type Names } from '../relationship/comparison';
import { useMethodWords } from '../method';
import { StartingPointLine } from './StartingPointLine';
import type { Perspective } from '../types';
import { SEAT_STATUS_WORDS } from './board';
import { orderedPeople, pairNames } from './pairReading';
import { PairName } from './PairNames';
import { ROOM_STEPS, roomStepTitle } from './room';
import { sessionApi } from './sessionApi';
import type { PairRounds, RoomView, SessionView } from './types';

/** The pair's round of this check-in, fetched once it is released (never before: the server has nothing to give). */
function useReleasedRound(view: SessionView, room: RoomView, version: number) {
  const [rounds, setRounds] = useState<PairRounds | null>(null);
  // What went wrong: the caller words it at render, in the reader's language.
  const [problem, setProblem] = useState<unknown>(null);
  useEffect(() => {
    if (!room.revealed) return;
    let alive = true;
    sessionApi.pair(view.sessionId, room.pairId).then(
      (r) => alive && (setRounds(r), setProblem(null)),
      (e) => alive && setProblem(e),
    );
    return () => {
      alive = false;
    };
  }, [view.sessionId, room.pairId, room.revealed, version]);
  return { rounds: rounds?.pairId === room.pairId ? rounds : null, problem };
}

function StartingPointsStep({ a, b, names }: { a: Perspective; b: Perspective; names: Names }) {
  const intl = useIntl();
  const points = startingPoints(compare(intl, a, b, names));
  if (points.length === 0) {
    return (
      <p className="room-text">
        <FormattedMessage id="sessions.RoomScreen.similar" values={{ a: <bdi>{names.self}</bdi>, b: <bdi>{names.other}</bdi> }} />
      </p>
    );
  }
  return (
    <ul className="room-points">
      {points.map((p) => (
        <li key={p.key}>
          <StartingPointLine point={p} />
        </li>
      ))}
    </ul>
  );
}

function DimensionStep({ step, a, b, names, nameA, nameB }: { step: Exclude<RoomView['step'], 'startingPoints'>; a: Perspective; b: Perspective; names: Names; nameA: string; nameB: string }) {
  const intl = useIntl();
  const { leansTheirs } = useMethodWords();
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
            <h4>
              <bdi>{name}</bdi>
            </h4>
            <p>{scoreWords(intl, d.score)}</p>
            {d.leans && <p>{leansTheirs(d.leans, name)}</p>}
            {d.note && (
              <p className="report-quote">
                <FormattedMessage id="sessions.quote" values={{ text: <bdi>{d.note}</bdi> }} />
              </p>
            )}
          </div>
        ))}
      </div>
      {row.leansReading && <p className="leans-reading">{row.leansReading}</p>}
      <p className="conversation room-text">
        <span className="conversation-label">
          <FormattedMessage id="sessions.RoomScreen.question" />
        </span>
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
  const intl = useIntl();
  if (!pair) return null;
  const seatNames = pairNames(pair.seats, new Map(view.participants.map((p) => [p.seatId, p.name])), intl.formatMessage({ id: 'sessions.pair.someone' }));
  const title = intl.formatMessage({ id: 'sessions.pair.names' }, { a: seatNames[0], b: seatNames[1] });
  const at = ROOM_STEPS.indexOf(room.step) + 1;

  let body: React.ReactNode;
  if (!room.revealed) {
    body = (
      <>
        <ul className="room-statuses">
          {pair.seats.map((seat, i) => (
            <li key={seat}>
              <FormattedMessage
                id="sessions.RoomScreen.status"
                values={{
                  name: <bdi>{seatNames[i]}</bdi>,
                  status: intl.formatMessage({
                    id: SEAT_STATUS_WORDS[pair.statuses[seat] === 'submitted' ? 'submitted' : pair.statuses[seat] === 'notStarted' ? 'notStarted' : 'inProgress'],
                  }),
                  strong: (chunks) => <strong>{chunks}</strong>,
                }}
              />
            </li>
          ))}
        </ul>
        <p className="room-text">
          <FormattedMessage id="sessions.RoomScreen.waiting" />
        </p>
      </>
    );
  } else if (problem != null) {
    body = (
      <p className="form-error" role="alert">
        {friendlyError(problem, intl)}
      </p>
    );
  } else {
    const round = rounds?.rounds.at(-1);
    const seatPeople = pair.seats.map((s) => view.participants.find((p) => p.seatId === s)?.personId ?? null) as [string | null, string | null];
    const people = round ? orderedPeople(seatPeople, Object.keys(round.perspectives)) : null;
    if (!round || !people) {
      body = (
        <p aria-live="polite">
          <FormattedMessage id="sessions.RoomScreen.opening" />
        </p>
      );
    }
    else {
      const names: Names = { self: seatNames[0], other: seatNames[1] };
      body =
        room.step === 'startingPoints' ? (
          <StartingPointsStep a={round.perspectives[people[0]]} b={round.perspectives[people[1]]} names={names} />
        ) : (
          <DimensionStep step={room.step} a={round.perspectives[people[0]]} b={round.perspectives[people[1]]} names={names} nameA={seatNames[0]} nameB={seatNames[1]} />
        );
    }
  }

  return (
    <article className="room-screen" aria-labelledby="room-title" data-room-step={room.step}>
      {/* A session named after its pair would say the same twice: the heading then only names the article. */}
      <h2 id="room-title" className={view.title.trim() === title ? 'visually-hidden' : undefined}>
        <PairName names={seatNames} />
      </h2>
      <section className="panel room-step" aria-labelledby="room-step-title" aria-live="polite">
        <h3 id="room-step-title">
          {roomStepTitle(room.revealed ? room.step : 'startingPoints', intl)}
          <span className="muted room-step-count">
            <FormattedMessage id="sessions.RoomScreen.stepCount" values={{ at: room.revealed ? at : 1, total: ROOM_STEPS.length }} />
          </span>
        </h3>
        {body}
      </section>
    </article>
  );
}
