import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { DIMENSION_KEYS } from '../method';
import { DimensionTimeline } from '../time/DimensionTimeline';
import { readingsOverTime } from '../time/readings';
import { movementPoints } from './movement';
import { practiceApi } from './practiceApi';
import type { HouseholdMovement } from './types';

/**
 * How each pair moved across the household's sessions, drawn with the pair's own timeline (seasons marked) and read with
 * its readings (recurring or during a season): the rounds opened to the facilitator, never a ranking of people.
 */
export function MovementPanel({ householdId, sessions }: { householdId: string; sessions: number }) {
  const [movement, setMovement] = useState<HouseholdMovement | null>(null);
  const intl = useIntl();
  useEffect(() => {
    let alive = true;
    practiceApi.movement(householdId).then(
      (m) => alive && setMovement(m),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [householdId, sessions]);
  const pairs = movement?.pairs.filter((p) => p.rounds.length >= 2) ?? [];
  if (pairs.length === 0) return null;
  return (
    <section aria-labelledby="movement-title">
      <h2 id="movement-title">
        <FormattedMessage id="practice.MovementPanel.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="practice.MovementPanel.explain" />
      </p>
      {pairs.map((pair, i) => {
        const { first, second, points } = movementPoints(pair);
        const readings = readingsOverTime(points, { me: first, them: second, outside: true }, intl);
        return (
          <article
            key={`${first}-${second}`}
            className="panel"
            aria-label={intl.formatMessage({ id: 'practice.MovementPanel.pairLabel' }, { first, second })}
          >
            <h3>
              <FormattedMessage id="practice.MovementPanel.pair" values={{ first: <bdi>{first}</bdi>, second: <bdi>{second}</bdi> }} />
            </h3>
            {readings.length > 0 ? (
              <ul>
                {readings.map((r) => (
                  <li key={`${r.dimension}-${r.checkIns.join()}`}>
                    <FormattedMessage id="practice.MovementPanel.reading" values={{ kind: r.kind, text: r.text }} />
                  </li>
                ))}
              </ul>
            ) : (
              <p>
                <FormattedMessage id="practice.MovementPanel.noRepeat" />
              </p>
            )}
            {DIMENSION_KEYS.map((d) => (
              <DimensionTimeline key={d} points={points} dimension={d} partnerName={second} selfName={first} idPrefix={`movement-${i}`} />
            ))}
          </article>
        );
      })}
    </section>
  );
}
