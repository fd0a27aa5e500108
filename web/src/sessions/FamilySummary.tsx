import { useEffect, useState } from 'react';
import { friendlyError } from '../api';
import { DIMENSIONS, EXPERIENCE_WORDS } from '../method';
import { pairNames } from './pairReading';
import { sessionApi } from './sessionApi';
import type { FamilySummary, SessionView } from './types';

/** "Ana and Ben; Ana and Cy": pairs named in the session's order, never sorted by how they read. */
const listed = (names: string[]): string => names.join('; ');

/**
 * A family across every pair opened in a check-in, dimension by dimension: where pairs see it in similar ways, where
 * they have different experiences, and where both in a pair notice it leans one way (and whether that repeats). Only
 * what the server reads from released pairs that were not left out; no score, no total, no ranking of anyone.
 */
export function FamilySummaryView({ view, checkIn }: { view: SessionView; checkIn: number }) {
  const [summary, setSummary] = useState<FamilySummary | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const opened = view.pairs.filter((p) => p.revealed).length;
  useEffect(() => {
    let alive = true;
    sessionApi.familySummary(view.sessionId, checkIn).then(
      (s) => alive && (setSummary(s), setProblem(null)),
      (e) => alive && setProblem(friendlyError(e)),
    );
    return () => {
      alive = false;
    };
  }, [view.sessionId, checkIn, opened]);

  const seatName = (seatId: string) => view.participants.find((p) => p.seatId === seatId)?.name ?? 'Someone who left';
  const names = new Map(view.participants.map((p) => [p.seatId, p.name]));
  const pairName = (pairId: string) => {
    const pair = summary?.pairs.find((p) => p.pairId === pairId);
    if (!pair) return '';
    const [a, b] = pairNames(pair.seats, names);
    return `${a} and ${b}`;
  };

  return (
    <section className="family-summary" aria-labelledby="family-summary-title">
      <h2 id="family-summary-title">The family together</h2>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {!summary && !problem && <p aria-live="polite">Reading the opened pairs…</p>}
      {summary && summary.pairs.length === 0 && <p>No pair has been opened in this check-in yet.</p>}
      {summary && summary.pairs.length > 0 && (
        <>
          <p className="muted">
            Read across {listed(summary.pairs.map((p) => pairName(p.pairId)))}: only pairs opened in this check-in, none
            left out. Different experiences are something to talk about, not a fault; nobody is counted or ranked.
          </p>
          {summary.dimensions.map((d) => {
            const title = DIMENSIONS.find((x) => x.key === d.dimension)?.title ?? d.dimension;
            return (
              <section key={d.dimension} className="panel family-dimension" aria-label={title}>
                <h3>{title}</h3>
                <ul>
                  {d.similar.length > 0 && (
                    <li>
                      <strong>{EXPERIENCE_WORDS.similar}:</strong> {listed(d.similar.map(pairName))}.
                    </li>
                  )}
                  {d.different.length > 0 && (
                    <li>
                      <strong>{EXPERIENCE_WORDS.leans}:</strong> {listed(d.different.map(pairName))}.
                    </li>
                  )}
                  {[...new Set(d.sharedImbalances.map((s) => s.giverSeatId))].map((giver) => (
                    <li key={giver}>
                      <strong>{EXPERIENCE_WORDS.sharedImbalance}:</strong>{' '}
                      {listed(d.sharedImbalances.filter((s) => s.giverSeatId === giver).map((s) => pairName(s.pairId)))}. In{' '}
                      {d.sharedImbalances.filter((s) => s.giverSeatId === giver).length > 1 ? 'each' : 'this pair'}, both feel {seatName(giver)} gives more here.
                    </li>
                  ))}
                  {d.unanswered.length > 0 && (
                    <li>
                      <strong>{EXPERIENCE_WORDS.unanswered}:</strong> {listed(d.unanswered.map(pairName))}.
                    </li>
                  )}
                </ul>
                {d.repeats.map((r) => (
                  <p key={r.giverSeatId} className="family-repeat">
                    The same pattern comes up in more than one pair: in {listed(r.pairIds.map(pairName))}, both feel{' '}
                    {seatName(r.giverSeatId)} carries more of this. Worth talking about together, gently: it may be a season,
                    or a shared habit.
                  </p>
                ))}
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
