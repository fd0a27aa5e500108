import type { DimensionComparison } from '../comparison';

/** Two bars per dimension, one per person, on the same 1–5 scale. Text says the same as the bars. */
export function PairedBars({ rows, partnerName, overall }: { rows: DimensionComparison[]; partnerName: string; overall: { mine: number | null; theirs: number | null } }) {
  const all = [...rows.map((r) => ({ key: r.key, title: r.title, mine: r.mine.score, theirs: r.theirs.score })), { key: 'overall', title: 'Overall', mine: overall.mine, theirs: overall.theirs }];
  return (
    <figure className="paired-bars">
      <figcaption>
        How mutual each of you finds it, from 1 (heavily one-directional) to 5 (roughly mutual).
        <span className="legend">
          <span className="swatch swatch-mine" aria-hidden="true" /> You
          <span className="swatch swatch-theirs" aria-hidden="true" /> {partnerName}
        </span>
      </figcaption>
      <ul>
        {all.map((r) => (
          <li key={r.key} className={r.key === 'overall' ? 'bars-overall' : undefined}>
            <span className="bars-title">{r.title}</span>
            <span className="bar-row">
              <span className="bar-who">You · {r.mine ?? '–'}</span>
              <span className="bar-track" aria-hidden="true">
                <span className="bar bar-mine" style={{ width: `${((r.mine ?? 0) / 5) * 100}%` }} />
              </span>
            </span>
            <span className="bar-row">
              <span className="bar-who">
                {partnerName} · {r.theirs ?? '–'}
              </span>
              <span className="bar-track" aria-hidden="true">
                <span className="bar bar-theirs" style={{ width: `${((r.theirs ?? 0) / 5) * 100}%` }} />
              </span>
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
