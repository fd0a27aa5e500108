import { FormattedMessage, useIntl } from 'react-intl';
import { scoreWords } from './comparison';
import { DIMENSION_KEYS, useMethodWords } from '../method';
import { normalize } from './perspective';
import { partTitle, type Part } from './partTitle';
import type { Perspective } from '../types';

export interface ScaleRow {
  key: Part;
  first: number | null;
  second?: number | null;
}

const STEPS = [1, 2, 3, 4, 5];

/** Every dimension and the whole, for one perspective or two. */
export const scaleRows = (first: Perspective, second?: Perspective): ScaleRow[] => {
  const a = normalize(first);
  const b = second ? normalize(second) : null;
  return [
    ...DIMENSION_KEYS.map((key) => ({ key, first: a.dimensions[key].score, second: b?.dimensions[key].score })),
    { key: 'overall', first: a.overall, second: b?.overall },
  ];
};

/**
 * Each view as a position on one shared 1–5 line: where each person stands, never a bar whose length reads as a
 * score to win. The words (read by screen readers) say the same as the marks.
 */
export function ScaleLines({ rows, firstName, secondName }: { rows: ScaleRow[]; firstName: string; secondName?: string }) {
  const intl = useIntl();
  const { SCALE_HIGH, SCALE_LOW } = useMethodWords();
  return (
    <figure className="scale-lines">
      <figcaption>
        <FormattedMessage id="relationship.ScaleLines.caption" values={{ who: secondName ? 'each' : 'you', low: SCALE_LOW, high: SCALE_HIGH }} />
        <span className="legend" aria-hidden="true">
          <span className="mark mark-first" /> <bdi>{firstName}</bdi>
          {secondName && (
            <>
              <span className="mark mark-second" /> <bdi>{secondName}</bdi>
            </>
          )}
        </span>
      </figcaption>
      <ul>
        {rows.map((r) => (
          <li key={r.key} className={r.key === 'overall' ? 'scale-overall' : undefined}>
            <span className="scale-title">{partTitle(intl, r.key)}</span>
            <span className="scale-words">
              <FormattedMessage id="relationship.ScaleLines.position" values={{ name: <bdi>{firstName}</bdi>, words: scoreWords(intl, r.first) }} />
              {secondName && (
                <>
                  <br />
                  <FormattedMessage
                    id="relationship.ScaleLines.position"
                    values={{ name: <bdi>{secondName}</bdi>, words: scoreWords(intl, r.second ?? null) }}
                  />
                </>
              )}
            </span>
            <span className="scale-line" aria-hidden="true">
              {STEPS.map((s) => (
                <span key={s} className="scale-step">
                  {r.first === s && <span className="mark mark-first" />}
                  {secondName && r.second === s && <span className="mark mark-second" />}
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
