import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { api } from '../api';
import { RevealBody } from '../relationship/RevealBody';
import { PerspectiveList } from '../relationship/PerspectiveList';
import { DIMENSION_KEYS } from '../method';
import type { HistoryEntry, RelationshipView, TimelinePoint } from '../types';
import { DimensionTimeline } from './DimensionTimeline';
import { readingsOverTime } from './readings';
import { momentWords } from './when';
import './time.css';
import { useAction } from '../useAction';

/**
 * Across check-ins: each dimension's two views on one timeline with seasons marked, the plain readings that tell a
 * season from a resting state, and the check-ins older than the few the view carries, a page at a time.
 */
export function TimeSection({ view, partnerName }: { view: RelationshipView; partnerName: string }) {
  const intl = useIntl();
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
  const readings = points ? readingsOverTime(points, { me: intl.formatMessage({ id: 'time.you' }), them: partnerName }, intl) : [];
  return (
    <section className="panel time-section" aria-labelledby="time-title">
      <h2 id="time-title">
        <FormattedMessage id="time.TimeSection.title" />
      </h2>
      {points && points.length >= 2 && (
        <>
          <p>
            <FormattedMessage id="time.TimeSection.about" />
          </p>
          {readings.length > 0 ? (
            <ul className="time-readings" aria-label={intl.formatMessage({ id: 'time.TimeSection.readings' })}>
              {readings.map((r) => (
                <li key={`${r.dimension}-${r.checkIns[0]}`} data-kind={r.kind}>
                  {r.text}
                </li>
              ))}
            </ul>
          ) : (
            <p>
              <FormattedMessage id="time.TimeSection.noReadings" />
            </p>
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
      {rounds.length > 0 && (
        <h3>
          <FormattedMessage id="time.EarlierCheckIns.title" />
        </h3>
      )}
      {rounds.map((h) => (
        <details key={`${h.solo ? 'solo' : 'shared'}-${h.number}`}>
          <summary>
            <FormattedMessage
              id={h.revealedAt ? 'time.EarlierCheckIns.summaryOn' : 'time.EarlierCheckIns.summary'}
              values={{ number: h.number, kind: h.solo ? 'solo' : !h.theirs ? 'mine' : 'both', when: momentWords(intl, h.revealedAt) }}
            />
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
            {rounds.length === 0 ? <FormattedMessage id="time.EarlierCheckIns.show" values={{ older }} /> : <FormattedMessage id="time.EarlierCheckIns.more" />}
          </button>
        </p>
      )}
    </div>
  );
}

/** The oldest round the view carries: pages start below it. */
const oldestShown = (view: RelationshipView): number | null => (view.history.length > 0 ? Math.min(...view.history.map((h) => h.number)) : null);
