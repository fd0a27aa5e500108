import { checkInName } from '../method';
import { useCallback, useEffect, useState } from 'react';
import { friendlyError } from '../api';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { when } from '../components/RoundHistory';
import { REFLECTION_NOTE } from '../comparison';
import { pathFor } from '../router';
import { pairsWithReleases } from './checkIns';
import { PairPerspectives } from './PairPerspectives';
import { orderedPeople, pairNames } from './pairReading';
import { SessionProblem } from './SessionScreen';
import { sessionApi } from './sessionApi';
import type { PairRounds, SessionView } from './types';
import { useSession } from './useSession';
import './sessions.css';

const pairFromAddress = (): string | null => new URLSearchParams(window.location.search).get('pair');

/** The chosen pair's latest released round, in large type; the pair's earlier rounds stay on the board's report. */
function ShownPair({ view, pairId, version }: { view: SessionView; pairId: string; version: number }) {
  const [rounds, setRounds] = useState<PairRounds | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    sessionApi.pair(view.sessionId, pairId).then(
      (r) => {
        if (!alive) return;
        setRounds(r);
        setProblem(null);
      },
      (e) => alive && setProblem(friendlyError(e)),
    );
    return () => {
      alive = false;
    };
  }, [view.sessionId, pairId, version]);

  const pair = view.pairs.find((p) => p.pairId === pairId);
  if (!pair) return null;
  if (problem) return <p className="form-error" role="alert">{problem}</p>;
  const round = rounds?.pairId === pairId ? rounds.rounds.at(-1) : undefined;
  if (!rounds || rounds.pairId !== pairId) return <p aria-live="polite">Opening…</p>;
  if (!round) return <p>Nothing of this pair has been opened yet.</p>;
  const seatPeople = pair.seats.map((s) => view.participants.find((p) => p.seatId === s)?.personId ?? null) as [string | null, string | null];
  const people = orderedPeople(seatPeople, Object.keys(round.perspectives));
  if (!people) return <p>This check-in can’t be shown side by side.</p>;
  const seatNames = pairNames(pair.seats, new Map(view.participants.map((p) => [p.seatId, p.name])));
  const [nameA, nameB] = people.map((id, i) => rounds.names[id] ?? seatNames[i]);
  return (
    <article className="presented-pair" aria-labelledby="presented-title" data-presented-pair={`${nameA} and ${nameB}`}>
      {/* A session named after its pair would say the same twice: the heading then only names the article. */}
      <h2 id="presented-title" className={view.title.trim() === `${nameA} and ${nameB}` ? 'visually-hidden' : undefined}>
        {nameA} and {nameB}
      </h2>
      <p className="lead">
        {round.number > 1 ? `The ${checkInName(round.number)}, opened` : 'Opened'} on {when(round.revealedAt)}. Where they differ,
        they have different experiences to talk about. There is no score and no one is right.
      </p>
      <p className="reflection" role="note">
        {REFLECTION_NOTE}
      </p>
      <PairPerspectives a={round.perspectives[people[0]]} b={round.perspectives[people[1]]} nameA={nameA} nameB={nameB} />
    </article>
  );
}

/** `/sessions/{id}/present`: one released pair at a time, for a shared screen. Nothing of a pair before it opens. */
export function Presentation({ id }: { id: string }) {
  const [version, setVersion] = useState(0);
  const onRevealed = useCallback(() => setVersion((v) => v + 1), []);
  const { view, error } = useSession(id, onRevealed);
  const [chosen, setChosen] = useState<string | null>(pairFromAddress);

  if (error && !view) return <SessionProblem error={error} />;
  if (!view) {
    return (
      <div className="screen">
        <p aria-live="polite">Opening the shared screen…</p>
      </div>
    );
  }
  const names = new Map(view.participants.map((p) => [p.seatId, p.name]));
  const shown = pairsWithReleases(view.pairs);
  const current = shown.find((p) => p.pairId === chosen) ?? shown[0];

  return (
    <div className="screen presentation">
      <p className="eyebrow no-print">
        <Link href={pathFor.session(view.sessionId)}>Back to the board</Link>
      </p>
      <Heading>{view.title}</Heading>
      {shown.length === 0 && (
        <p className="lead">Nothing has been opened yet. When you open a pair on the board, it can be shown here.</p>
      )}
      {shown.length > 1 && (
        <nav className="pair-picker" aria-label="Which pair is on the screen">
          <ul>
            {shown.map((p) => {
              const [a, b] = pairNames(p.seats, names);
              return (
                <li key={p.pairId}>
                  <button type="button" aria-pressed={p.pairId === current?.pairId} onClick={() => setChosen(p.pairId)}>
                    {a} and {b}
                  </button>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
      {current && <ShownPair view={view} pairId={current.pairId} version={version} />}
    </div>
  );
}
