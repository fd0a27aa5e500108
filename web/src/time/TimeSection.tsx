import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { api } from '../api';
import { RevealBody } from '../relationship/RevealBody';
import { PerspectiveList } from '../relationship/PerspectiveList';
import { when } from '../relationship/RoundHistory';
import { DIMENSION_KEYS } from '../method';
import type { HistoryEntry, RelationshipView, TimelinePoint } from '../types';
import { DimensionTimeline } from './DimensionTimeline';
import { readingsOverTime } from './readings';
import './time.css';
import { useAction } from '../useAction';

/**
 * Across check-ins: each dimension's two views on one timeline with seasons marked, the plain readings that tell a
 * season from a resting state, and the check-ins older than the few the view carries, a page at a time.
 */
export function TimeSection({ view, partnerName }: { view: RelationshipView; partnerName: string }) {
  const [points, setPoints] = useState<TimelinePoint[] | null>(null);
  const revealedCount = view.historyCount ?? view.history.length;
  const id = view.relationshipId;

  useEffect(() => {
    if (revealedCount < 2) return;
    let alive = true;
    api.timeline(id).then(
      (t) => alive && setPoints(t.points),
      () => undefined, // the chart is extra: the check-ins stay readable below without it
    );
    return () => {
      alive = false;
    };
  }, [id, revealedCount]);

  const older = revealedCount - view.history.length;
  if (revealedCount < 2 && older <= 0) return null;
  const readings = points ? readingsOverTime(points, { me: 'you', them: partnerName }) : [];
  return (
    <section className="panel time-section" aria-labelledby="time-title">
      <h2 id="time-title">Across your check-ins</h2>
      {points && points.length >= 2 && (
        <>
          <p>
            Each check-in’s views on the same line, one picture per part of care. A shaded column is a check-in where a
            season was marked. One low time may be a season; the same low point again and again may be the usual way of
            things.
          </p>
          {readings.length > 0 ? (
            <ul className="time-readings" aria-label="What stands out over time">
              {readings.map((r) => (
                <li key={`${r.dimension}-${r.checkIns[0]}`} data-kind={r.kind}>
                  {r.text}
                </li>
              ))}
            </ul>
          ) : (
            <p>No part was rated 1–2 in two check-ins in a row, and none only during a season.</p>
          )}
          <div className="timelines">
            {DIMENSION_KEYS.map((d) => (
              <DimensionTimeline key={d} points={points} dimension={d} partnerName={partnerName} />
            ))}
          </div>
        </>
      )}
      {older > 0 && <EarlierCheckIns view={view} partnerName={partnerName} older={older} />}
    </section>
  );
}

/** The revealed rounds before the latest few, fetched a page at a time when asked for. */
function EarlierCheckIns({ view, partnerName, older }: { view: RelationshipView; partnerName: string; older: number }) {
  const [rounds, setRounds] = useState<HistoryEntry[]>([]);
  const [before, setBefore] = useState<number | null>(() => oldestShown(view));
  const [done, setDone] = useState(false);
  const { run, busy, error } = useAction();
  const intl = useIntl();

  async function more() {
    await run(async () => {
      const page = await api.history(view.relationshipId, before, 20);
      setRounds((r) => [...r, ...[...page.rounds].reverse()]);
      setBefore(page.nextBefore);
      setDone(page.nextBefore === null);
    });
  }

  return (
    <div className="earlier-check-ins">
      {rounds.length > 0 && <h3>Earlier check-ins</h3>}
      {rounds.map((h) => (
        <details key={`${h.solo ? 'solo' : 'shared'}-${h.number}`}>
          <summary>
            Check-in {h.number}
            {h.solo ? ', just for you' : !h.theirs ? ', your view only' : ''}
            {h.revealedAt ? `, ${when(intl, h.revealedAt)}` : ''}
          </summary>
          {h.theirs ? <RevealBody mine={h.mine} theirs={h.theirs} partnerName={partnerName} level={3} /> : <PerspectiveList perspective={h.mine} />}
        </details>
      ))}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!done && (
        <p>
          <button type="button" onClick={() => void more()} disabled={busy}>
            {rounds.length === 0 ? `Show earlier check-ins (${older} more)` : 'Show more earlier check-ins'}
          </button>
        </p>
      )}
    </div>
  );
}

/** The oldest round the view carries: pages start below it. */
const oldestShown = (view: RelationshipView): number | null => (view.history.length > 0 ? Math.min(...view.history.map((h) => h.number)) : null);
