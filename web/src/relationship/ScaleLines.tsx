import { scoreWords } from './comparison';
import { DIMENSIONS, SCALE_HIGH, SCALE_LOW } from '../method';
import { normalize } from './perspective';
import type { Perspective } from '../types';

export interface ScaleRow {
  key: string;
  title: string;
  first: number | null;
  second?: number | null;
}

const STEPS = [1, 2, 3, 4, 5];

/** Every dimension and the whole, for one perspective or two. */
export const scaleRows = (first: Perspective, second?: Perspective): ScaleRow[] => {
  const a = normalize(first);
  const b = second ? normalize(second) : null;
  return [
    ...DIMENSIONS.map((d) => ({ key: d.key, title: d.title, first: a.dimensions[d.key].score, second: b?.dimensions[d.key].score })),
    { key: 'overall', title: 'Overall', first: a.overall, second: b?.overall },
  ];
};

/**
 * Each view as a position on one shared 1–5 line: where each person stands, never a bar whose length reads as a
 * score to win. The words (read by screen readers) say the same as the marks.
 */
export function ScaleLines({ rows, firstName, secondName }: { rows: ScaleRow[]; firstName: string; secondName?: string }) {
  return (
    <figure className="scale-lines">
      <figcaption>
        {secondName ? 'Where each of you stands' : 'Where you stand'}, from “{SCALE_LOW}” to “{SCALE_HIGH}”.
        <span className="legend" aria-hidden="true">
          <span className="mark mark-first" /> {firstName}
          {secondName && (
            <>
              <span className="mark mark-second" /> {secondName}
            </>
          )}
        </span>
      </figcaption>
      <ul>
        {rows.map((r) => (
          <li key={r.key} className={r.key === 'overall' ? 'scale-overall' : undefined}>
            <span className="scale-title">{r.title}</span>
            <span className="scale-words">
              {firstName}: {scoreWords(r.first)}
              {secondName && (
                <>
                  <br />
                  {secondName}: {scoreWords(r.second ?? null)}
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
