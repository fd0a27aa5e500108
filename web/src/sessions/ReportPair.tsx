import { FormattedMessage, useIntl } from 'react-intl';
import { compare, scoreWords, startingPoints } from '../relationship/comparison';
import { useMethodWords } from '../method';
import { StartingPointLine } from './StartingPointLine';
import { normalize, type LocalDraft, type LocalPicture } from '../relationship/perspective';
import type { Perspective } from '../types';
import { momentWords } from '../time/when';
import { releasedInCheckIn } from './checkIns';
import { orderedPeople, pairNames } from './pairReading';
import { PairName } from './PairNames';
import type { PairRounds, ReleasedPairRound, SessionPair, SessionView } from './types';

// One pair of a filed report: named as the counsellor named the seats, its starting points, both perspectives in
// words, and the thanks and small things both wrote after talking.

/** At most two places to start, as the reveal offers them. */
function ReportStartingPoints({ a, b, nameA, nameB }: { a: Perspective; b: Perspective; nameA: string; nameB: string }) {
  const intl = useIntl();
  const points = startingPoints(compare(intl, a, b, { self: nameA, other: nameB }));
  return (
    <>
      <h3>
        <FormattedMessage id="sessions.room.startingPoints" />
      </h3>
      {points.length === 0 ? (
        <p>
          <FormattedMessage id="sessions.ReportPair.similar" values={{ a: <bdi>{nameA}</bdi>, b: <bdi>{nameB}</bdi> }} />
        </p>
      ) : (
        <ul className="report-points">
          {points.map((p) => (
            <li key={p.key}>
              <StartingPointLine point={p} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Each person's word of thanks and one small thing they will try, when written. */
function ReportTraces({ round, people, names }: { round: ReleasedPairRound; people: [string, string]; names: [string, string] }) {
  const trace = (id: 'sessions.ReportPair.appreciation' | 'sessions.ReportPair.smallThing', i: number, text: string | undefined) =>
    text ? [{ key: `${id}-${i}`, id, name: names[i], text }] : [];
  const rows = people.flatMap((person, i) => [
    ...trace('sessions.ReportPair.appreciation', i, round.appreciations?.[person]),
    ...trace('sessions.ReportPair.smallThing', i, round.smallThings?.[person]),
  ]);
  if (rows.length === 0) return null;
  return (
    <>
      <h3>
        <FormattedMessage id="sessions.ReportPair.traces" />
      </h3>
      <ul className="report-traces">
        {rows.map((r) => (
          <li key={r.key}>
            <FormattedMessage id={r.id} values={{ name: <bdi>{r.name}</bdi>, text: <bdi>{r.text}</bdi> }} />
          </li>
        ))}
      </ul>
    </>
  );
}

function PictureText({ picture }: { picture: LocalPicture }) {
  const { PICTURE_WORDS_THEIRS } = useMethodWords();
  if (!picture.text) return null;
  return (
    <span className="report-quote">
      <FormattedMessage id="sessions.ReportPair.picture" values={{ kind: PICTURE_WORDS_THEIRS[picture.kind], text: <bdi>{picture.text}</bdi> }} />
    </span>
  );
}

/** One pair's released round as a compact table: one column per person. */
function PairTable({ a, b, nameA, nameB }: { a: LocalDraft; b: LocalDraft; nameA: string; nameB: string }) {
  const intl = useIntl();
  const { DIMENSIONS, leansTheirs, SEASON_WORDS } = useMethodWords();
  const sides = [
    { p: a, name: nameA },
    { p: b, name: nameB },
  ];
  return (
    <table className="report-table">
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">
              <FormattedMessage id="sessions.ReportPair.question" />
            </span>
          </th>
          <th scope="col">
            <bdi>{nameA}</bdi>
          </th>
          <th scope="col">
            <bdi>{nameB}</bdi>
          </th>
        </tr>
      </thead>
      <tbody>
        {DIMENSIONS.map((d) => (
          <tr key={d.key}>
            <th scope="row">{d.title}</th>
            {sides.map(({ p, name }, i) => {
              const v = p.dimensions[d.key];
              return (
                <td key={i}>
                  <span>{scoreWords(intl, v.score)}</span>
                  {v.leans && <span>{leansTheirs(v.leans, name)}</span>}
                  {v.note && (
                    <span className="report-quote">
                      <FormattedMessage id="sessions.quote" values={{ text: <bdi>{v.note}</bdi> }} />
                    </span>
                  )}
                  <PictureText picture={v.picture} />
                </td>
              );
            })}
          </tr>
        ))}
        <tr>
          <th scope="row">
            <FormattedMessage id="sessions.ReportPair.overall" />
          </th>
          {[a, b].map((p, i) => (
            <td key={i}>
              <span>{scoreWords(intl, p.overall)}</span>
              <PictureText picture={p.picture} />
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">
            <FormattedMessage id="sessions.ReportPair.season" />
          </th>
          {[a, b].map((p, i) => (
            <td key={i}>
              <span>{SEASON_WORDS[p.season.kind]}</span>
              {p.season.note && (
                <span className="report-quote">
                  <FormattedMessage id="sessions.quote" values={{ text: <bdi>{p.season.note}</bdi> }} />
                </span>
              )}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

export function ReportPair({ view, pair, rounds, checkIn, names }: { view: SessionView; pair: SessionPair; rounds: PairRounds | undefined; checkIn: number; names: Map<string, string> }) {
  const intl = useIntl();
  const seatNames = pairNames(pair.seats, names, intl.formatMessage({ id: 'sessions.pair.someone' }));
  const round = rounds ? releasedInCheckIn(pair, rounds.rounds, checkIn, view.checkIn) : null;
  const seatPeople = pair.seats.map((s) => view.participants.find((p) => p.seatId === s)?.personId ?? null) as [string | null, string | null];
  const people = round ? orderedPeople(seatPeople, Object.keys(round.perspectives)) : null;
  return (
    <section className="report-pair" aria-label={intl.formatMessage({ id: 'sessions.pair.names' }, { a: seatNames[0], b: seatNames[1] })}>
      <h2>
        <PairName names={seatNames} />
      </h2>
      {round && people ? (
        <>
          <p className="muted">
            <FormattedMessage id="sessions.ReportPair.openedOn" values={{ when: momentWords(intl, round.revealedAt) }} />
          </p>
          <ReportStartingPoints a={round.perspectives[people[0]]} b={round.perspectives[people[1]]} nameA={seatNames[0]} nameB={seatNames[1]} />
          <PairTable a={normalize(round.perspectives[people[0]])} b={normalize(round.perspectives[people[1]])} nameA={seatNames[0]} nameB={seatNames[1]} />
          <ReportTraces round={round} people={people} names={seatNames} />
        </>
      ) : (
        <p className="muted">
          <FormattedMessage id={pair.leftOut ? 'sessions.PairsChooser.leftOut' : 'sessions.ReportPair.notOpened'} />
        </p>
      )}
    </section>
  );
}

