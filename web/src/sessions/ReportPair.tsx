import { useIntl } from 'react-intl';
import { when } from '../relationship/RoundHistory';
import { compare, scoreWords, startingPoints } from '../relationship/comparison';
import { DIMENSIONS, EXPERIENCE_WORDS, leansTheirs, PICTURE_WORDS_THEIRS, SEASON_WORDS, TRACE_WORDS } from '../method';
import { normalize, type LocalDraft, type LocalPicture } from '../relationship/perspective';
import type { Perspective } from '../types';
import { releasedInCheckIn } from './checkIns';
import { orderedPeople, pairNames } from './pairReading';
import type { PairRounds, ReleasedPairRound, SessionPair, SessionView } from './types';

// One pair of a filed report: named as the counsellor named the seats, its starting points, both perspectives in
// words, and the thanks and small things both wrote after talking.

/** At most two places to start, as the reveal offers them. */
function ReportStartingPoints({ a, b, nameA, nameB }: { a: Perspective; b: Perspective; nameA: string; nameB: string }) {
  const intl = useIntl();
  const points = startingPoints(compare(intl, a, b, { self: nameA, other: nameB }));
  return (
    <>
      <h3>Where to start</h3>
      {points.length === 0 ? (
        <p>
          {nameA} and {nameB} see things in similar ways.
        </p>
      ) : (
        <ul className="report-points">
          {points.map((p) => (
            <li key={p.key}>
              <strong>{p.title}:</strong>{' '}
              {p.kind === 'sharedImbalance' ? EXPERIENCE_WORDS.sharedImbalance : p.difference === 'scores' ? EXPERIENCE_WORDS.scores : EXPERIENCE_WORDS.leans}. {p.opener}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Each person's word of thanks and one small thing they will try, when written. */
function ReportTraces({ round, people, names }: { round: ReleasedPairRound; people: [string, string]; names: [string, string] }) {
  const rows = people.flatMap((person, i) => [
    ...(round.appreciations?.[person] ? [{ key: `t${i}`, text: `${names[i]}, ${TRACE_WORDS.appreciation.toLowerCase()}: “${round.appreciations[person]}”` }] : []),
    ...(round.smallThings?.[person] ? [{ key: `s${i}`, text: `${names[i]}, ${TRACE_WORDS.smallThing.charAt(0).toLowerCase()}${TRACE_WORDS.smallThing.slice(1)}: “${round.smallThings[person]}”` }] : []),
  ]);
  if (rows.length === 0) return null;
  return (
    <>
      <h3>
        {TRACE_WORDS.appreciation}, and {TRACE_WORDS.smallThing.charAt(0).toLowerCase()}
        {TRACE_WORDS.smallThing.slice(1)}
      </h3>
      <ul className="report-traces">
        {rows.map((r) => (
          <li key={r.key}>{r.text}</li>
        ))}
      </ul>
    </>
  );
}

function PictureText({ picture }: { picture: LocalPicture }) {
  if (!picture.text) return null;
  return (
    <span className="report-quote">
      {PICTURE_WORDS_THEIRS[picture.kind]}: “{picture.text}”
    </span>
  );
}

/** One pair's released round as a compact table: one column per person. */
function PairTable({ a, b, nameA, nameB }: { a: LocalDraft; b: LocalDraft; nameA: string; nameB: string }) {
  const intl = useIntl();
  const sides = [
    { p: a, name: nameA },
    { p: b, name: nameB },
  ];
  return (
    <table className="report-table">
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">Question</span>
          </th>
          <th scope="col">{nameA}</th>
          <th scope="col">{nameB}</th>
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
                  {v.note && <span className="report-quote">“{v.note}”</span>}
                  <PictureText picture={v.picture} />
                </td>
              );
            })}
          </tr>
        ))}
        <tr>
          <th scope="row">Overall</th>
          {[a, b].map((p, i) => (
            <td key={i}>
              <span>{scoreWords(intl, p.overall)}</span>
              <PictureText picture={p.picture} />
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">Season</th>
          {[a, b].map((p, i) => (
            <td key={i}>
              <span>{SEASON_WORDS[p.season.kind]}</span>
              {p.season.note && <span className="report-quote">“{p.season.note}”</span>}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

export function ReportPair({ view, pair, rounds, checkIn, names }: { view: SessionView; pair: SessionPair; rounds: PairRounds | undefined; checkIn: number; names: Map<string, string> }) {
  const intl = useIntl();
  const seatNames = pairNames(pair.seats, names);
  const round = rounds ? releasedInCheckIn(pair, rounds.rounds, checkIn, view.checkIn) : null;
  const seatPeople = pair.seats.map((s) => view.participants.find((p) => p.seatId === s)?.personId ?? null) as [string | null, string | null];
  const people = round ? orderedPeople(seatPeople, Object.keys(round.perspectives)) : null;
  return (
    <section className="report-pair" aria-label={`${seatNames[0]} and ${seatNames[1]}`}>
      <h2>
        {seatNames[0]} and {seatNames[1]}
      </h2>
      {round && people ? (
        <>
          <p className="muted">Opened on {when(intl, round.revealedAt)}.</p>
          <ReportStartingPoints a={round.perspectives[people[0]]} b={round.perspectives[people[1]]} nameA={seatNames[0]} nameB={seatNames[1]} />
          <PairTable a={normalize(round.perspectives[people[0]])} b={normalize(round.perspectives[people[1]])} nameA={seatNames[0]} nameB={seatNames[1]} />
          <ReportTraces round={round} people={people} names={seatNames} />
        </>
      ) : (
        <p className="muted">{pair.leftOut ? 'Left out of this session.' : 'Not opened in this check-in.'}</p>
      )}
    </section>
  );
}

