import { useEffect, useId, useState } from 'react';
import { friendlyError } from '../api';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { when } from '../components/RoundHistory';
import { scoreWords } from '../comparison';
import { DIMENSIONS, leansTheirs, PICTURE_WORDS_THEIRS, SEASON_WORDS } from '../method';
import { normalize, type LocalDraft, type LocalPicture } from '../perspective';
import { pathFor } from '../router';
import { checkInNumbers, releasedInCheckIn } from './checkIns';
import { orderedPeople, pairNames } from './pairReading';
import { SessionProblem } from './SessionScreen';
import { sessionApi } from './sessionApi';
import type { PairRounds, SessionPair, SessionView } from './types';
import { useSession } from './useSession';
import './sessions.css';

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
                  <span>{scoreWords(v.score)}</span>
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
              <span>{scoreWords(p.overall)}</span>
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

function ReportPair({ view, pair, rounds, checkIn, names }: { view: SessionView; pair: SessionPair; rounds: PairRounds | undefined; checkIn: number; names: Map<string, string> }) {
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
          <p className="muted">Opened on {when(round.revealedAt)}.</p>
          <PairTable
            a={normalize(round.perspectives[people[0]])}
            b={normalize(round.perspectives[people[1]])}
            nameA={rounds?.names[people[0]] ?? seatNames[0]}
            nameB={rounds?.names[people[1]] ?? seatNames[1]}
          />
        </>
      ) : (
        <p className="muted">{pair.leftOut ? 'Left out of this session.' : 'Not opened in this check-in.'}</p>
      )}
    </section>
  );
}

/** `/sessions/{id}/report`: a check-in on paper, for the facilitator's records, and the same as Markdown. */
export function Report({ id }: { id: string }) {
  const uid = useId();
  const { view, error } = useSession(id);
  const [checkIn, setCheckIn] = useState<number | null>(null);
  const [withNotes, setWithNotes] = useState(false);
  const [rounds, setRounds] = useState<Record<string, PairRounds>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const opened = view?.pairs.filter((p) => p.relationshipId && (p.revealed || p.roundNumber > 1)) ?? [];
  const openedKey = opened.map((p) => `${p.pairId}:${p.roundNumber}:${p.revealed}`).join(',');
  useEffect(() => {
    if (!view) return;
    let alive = true;
    Promise.all(opened.map((p) => sessionApi.pair(view.sessionId, p.pairId))).then(
      (all) => alive && setRounds(Object.fromEntries(all.map((r) => [r.pairId, r]))),
      (e) => alive && setProblem(friendlyError(e)),
    );
    return () => {
      alive = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view?.sessionId, openedKey]);

  if (error && !view) return <SessionProblem error={error} />;
  if (!view) {
    return (
      <div className="screen">
        <p aria-live="polite">Opening the report…</p>
      </div>
    );
  }
  const shownCheckIn = checkIn ?? view.checkIn;
  const names = new Map(view.participants.map((p) => [p.seatId, p.name]));
  const inCheckIn = view.pairs.filter((p) => p.relationshipId);
  // Each check-in has its own notes: the shown one's, not the latest.
  const notes = shownCheckIn === view.checkIn ? view.notes : (view.earlierNotes?.find((n) => n.checkIn === shownCheckIn)?.notes ?? '');

  async function download() {
    setBusy(true);
    setProblem(null);
    try {
      const text = await sessionApi.report(id, shownCheckIn, withNotes);
      const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = 'session-report.md';
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setProblem(friendlyError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="screen report">
      <div className="no-print panel report-controls">
        <p>
          <Link href={pathFor.session(view.sessionId)}>Back to the board</Link>
        </p>
        {view.checkIn > 1 && (
          <div className="field">
            <label htmlFor={`${uid}-check-in`}>Check-in</label>
            <select id={`${uid}-check-in`} value={shownCheckIn} onChange={(e) => setCheckIn(Number(e.target.value))}>
              {checkInNumbers(view.checkIn).map((n) => (
                <option key={n} value={n}>
                  Check-in {n}
                </option>
              ))}
            </select>
          </div>
        )}
        <label className="choice">
          <input type="checkbox" checked={withNotes} onChange={(e) => setWithNotes(e.target.checked)} />
          <span>Include my notes</span>
        </label>
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
        <p className="button-row">
          <button type="button" className="primary" onClick={() => window.print()}>
            Print
          </button>
          <button type="button" onClick={download} disabled={busy}>
            Download as Markdown
          </button>
        </p>
      </div>
      <article className="report-page" aria-labelledby={`${uid}-title`}>
        <Heading>
          <span id={`${uid}-title`}>
            {view.title}: check-in {shownCheckIn}
          </span>
        </Heading>
        <p className="muted">
          Facilitated by {view.facilitator.displayName}. Each pair’s perspectives as they were opened; notes marked “only
          for me” were never shared and are not here. Where two people differ, they have different experiences to talk
          about: there is no score and no one is right.
        </p>
        {inCheckIn.length === 0 && <p>No pair has opened yet.</p>}
        {inCheckIn.map((p) => (
          <ReportPair key={p.pairId} view={view} pair={p} rounds={rounds[p.pairId]} checkIn={shownCheckIn} names={names} />
        ))}
        {withNotes && (
          <section className="report-notes" aria-labelledby={`${uid}-notes`}>
            <h2 id={`${uid}-notes`}>Facilitator’s notes on check-in {shownCheckIn}</h2>
            {notes ? <p className="report-notes-text">{notes}</p> : <p className="muted">No notes written.</p>}
          </section>
        )}
      </article>
    </div>
  );
}
