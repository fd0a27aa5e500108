import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { friendlyError } from '../api';
import { useMethodWords } from '../method';
import { pairNames } from './pairReading';
import { PairNames } from './PairNames';
import { sessionApi } from './sessionApi';
import type { FamilySummary, SessionView } from './types';

/**
 * A family across every pair opened in a check-in, dimension by dimension: where pairs see it in similar ways, where
 * they have different experiences, and where both in a pair notice it leans one way (and whether that repeats). Only
 * what the server reads from released pairs that were not left out; no score, no total, no ranking of anyone.
 */
export function FamilySummaryView({ view, checkIn }: { view: SessionView; checkIn: number }) {
  const intl = useIntl();
  const { dimensionText, EXPERIENCE_WORDS } = useMethodWords();
  const [summary, setSummary] = useState<FamilySummary | null>(null);
  // What went wrong, worded at render so the words follow the reader's language.
  const [failure, setFailure] = useState<unknown>(null);
  const problem = failure == null ? null : friendlyError(failure, intl);
  const opened = view.pairs.filter((p) => p.revealed).length;
  useEffect(() => {
    let alive = true;
    sessionApi.familySummary(view.sessionId, checkIn).then(
      (s) => alive && (setSummary(s), setFailure(null)),
      (e) => alive && setFailure(e),
    );
    return () => {
      alive = false;
    };
  }, [view.sessionId, checkIn, opened]);

  const someone = intl.formatMessage({ id: 'sessions.pair.someone' });
  const seatName = (seatId: string) => (
    <bdi>{view.participants.find((p) => p.seatId === seatId)?.name ?? intl.formatMessage({ id: 'sessions.FamilySummary.someoneWhoLeft' })}</bdi>
  );
  const names = new Map(view.participants.map((p) => [p.seatId, p.name]));
  const pairsNamed = (pairIds: string[]) => (
    <PairNames
      pairs={pairIds.flatMap((pairId) => {
        const pair = summary?.pairs.find((p) => p.pairId === pairId);
        return pair ? [pairNames(pair.seats, names, someone)] : [];
      })}
    />
  );
  const row = (kind: string, pairIds: string[]) => (
    <FormattedMessage id="sessions.FamilySummary.row" values={{ kind, pairs: pairsNamed(pairIds), strong: (chunks) => <strong>{chunks}</strong> }} />
  );

  return (
    <section className="family-summary" aria-labelledby="family-summary-title">
      <h2 id="family-summary-title">
        <FormattedMessage id="sessions.FamilySummary.title" />
      </h2>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {!summary && !problem && (
        <p aria-live="polite">
          <FormattedMessage id="sessions.FamilySummary.reading" />
        </p>
      )}
      {summary && summary.pairs.length === 0 && (
        <p>
          <FormattedMessage id="sessions.FamilySummary.none" />
        </p>
      )}
      {summary && summary.pairs.length > 0 && (
        <>
          <p className="muted">
            <FormattedMessage id="sessions.FamilySummary.about" values={{ pairs: pairsNamed(summary.pairs.map((p) => p.pairId)) }} />
          </p>
          {summary.dimensions.map((d) => {
            const title = dimensionText(d.dimension).title;
            return (
              <section key={d.dimension} className="panel family-dimension" aria-label={title}>
                <h3>{title}</h3>
                <ul>
                  {d.similar.length > 0 && <li>{row(EXPERIENCE_WORDS.similar, d.similar)}</li>}
                  {d.different.length > 0 && <li>{row(EXPERIENCE_WORDS.leans, d.different)}</li>}
                  {[...new Set(d.sharedImbalances.map((s) => s.giverSeatId))].map((giver) => {
                    const pairIds = d.sharedImbalances.filter((s) => s.giverSeatId === giver).map((s) => s.pairId);
                    return (
                      <li key={giver}>
                        <FormattedMessage
                          id="sessions.FamilySummary.sharedImbalance"
                          values={{
                            kind: EXPERIENCE_WORDS.sharedImbalance,
                            pairs: pairsNamed(pairIds),
                            count: pairIds.length,
                            giver: seatName(giver),
                            strong: (chunks) => <strong>{chunks}</strong>,
                          }}
                        />
                      </li>
                    );
                  })}
                  {d.unanswered.length > 0 && <li>{row(EXPERIENCE_WORDS.unanswered, d.unanswered)}</li>}
                </ul>
                {d.repeats.map((r) => (
                  <p key={r.giverSeatId} className="family-repeat">
                    <FormattedMessage id="sessions.FamilySummary.repeat" values={{ pairs: pairsNamed(r.pairIds), giver: seatName(r.giverSeatId) }} />
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
