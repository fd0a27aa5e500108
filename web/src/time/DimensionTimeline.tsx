import { useDirection } from '../i18n/useDirection';
import { when } from '../relationship/RoundHistory';
import { dimensionText, SCALE_WORDS } from '../method';
import type { DimensionKey, Leans, PointOfView, TimelinePoint } from '../types';
import { CHART, chartGeometry } from './chart';
import { countWord, inSeason, SEASON_SHORT } from './readings';

const dateOnly = (iso: string): string => when(iso).replace(/,?\s*\d{1,2}:\d{2}.*$/, '');

/** Who gives more, as this view said it, in words about the viewer and the other person. */
function leanWords(l: Leans | null | undefined, mine: boolean, partnerName: string, selfName: string | undefined): string {
  if (l === 'neither') return 'both ways';
  if (l !== 'me' && l !== 'them') return '';
  return (l === 'me') === mine ? (selfName ? `${selfName} gives more` : 'you give more') : `${partnerName} gives more`;
}

function cell(v: PointOfView | null, d: DimensionKey, mine: boolean, partnerName: string, selfName?: string): string {
  const score = v?.scores[d];
  if (typeof score !== 'number') return '—';
  const lean = leanWords(v?.leans[d], mine, partnerName, selfName);
  return `${SCALE_WORDS[score]} (${score})${lean ? `, ${lean}` : ''}`;
}

function seasonCell(p: TimelinePoint, partnerName: string, selfName?: string): string {
  if (!inSeason(p)) return 'none marked';
  const parts = [];
  if (p.mine.season !== 'none') parts.push(`${selfName ?? 'you'}: ${SEASON_SHORT[p.mine.season]}`);
  if (p.theirs && p.theirs.season !== 'none') parts.push(`${partnerName}: ${SEASON_SHORT[p.theirs.season]}`);
  return parts.join('; ');
}

/**
 * One dimension across check-ins: both views as positions on the 1–5 line (never bars, never joined into a trend line),
 * seasons shaded behind their check-ins and named by kind, and the same as a table for anyone who does not read the picture.
 */
export function DimensionTimeline({
  points,
  dimension,
  partnerName,
  selfName,
  idPrefix = 'timeline',
}: {
  points: TimelinePoint[];
  dimension: DimensionKey;
  partnerName: string;
  /** Set when someone outside the pair reads it (a facilitator): the first person by name instead of "you". */
  selfName?: string;
  idPrefix?: string;
}) {
  const g = chartGeometry(points, dimension, useDirection());
  const title = dimensionText(dimension).title;
  const id = `${idPrefix}-${dimension}`;
  const self = selfName ?? 'you';
  const shared = points.some((p) => p.theirs);
  return (
    <figure className="timeline" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <h3>{title}</h3>
      </figcaption>
      <svg
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-label={`${title} across ${countWord(points.length)} check-ins: ${shared ? `${selfName ? `${selfName}’s view` : 'your view'} and ${partnerName}’s` : selfName ? `${selfName}’s view` : 'your view'}, higher is more mutual. The table below reads the same.`}
        data-testid={id}
      >
        {g.seasons.map((s) => (
          <g key={`season-${s.checkIn}`} className="timeline-season" data-check-in={s.checkIn}>
            <rect x={s.x} y={CHART.top - 12} width={s.width} height={CHART.height - CHART.bottom - CHART.top + 12} />
            <text x={s.x + s.width / 2} y={CHART.top - 3} textAnchor="middle">
              {s.kind}
            </text>
          </g>
        ))}
        {g.levels.map((l) => (
          <g key={l.score} className="timeline-level">
            <line x1={g.axis.x1} x2={g.axis.x2} y1={l.y} y2={l.y} />
            <text x={g.axis.labelX} y={l.y + 4} textAnchor="end">
              {l.score}
            </text>
          </g>
        ))}
        {g.columns.map((c) => (
          <text key={c.checkIn} className="timeline-axis" x={c.x} y={CHART.height - 8} textAnchor="middle">
            {c.checkIn}
          </text>
        ))}
        {g.mine.map((m) => (
          <circle key={`m${m.checkIn}`} className="timeline-mark mine" cx={m.x} cy={m.y} r={5} data-score={m.score} />
        ))}
        {g.theirs.map((m) => (
          <rect key={`t${m.checkIn}`} className="timeline-mark theirs" x={m.x - 4.5} y={m.y - 4.5} width={9} height={9} data-score={m.score} />
        ))}
      </svg>
      <p className="timeline-legend" aria-hidden="true">
        <span className="key mine">● {self}</span>
        {shared && <span className="key theirs">■ {partnerName}</span>}
        <span className="key">top: roughly mutual · bottom: heavily one-directional · numbers below: check-ins · shaded: a season, named above</span>
      </p>
      <details className="timeline-table">
        <summary>{title} as a table</summary>
        <table>
          <caption className="visually-hidden">{title} across check-ins</caption>
          <thead>
            <tr>
              <th scope="col">Check-in</th>
              <th scope="col">{selfName ?? 'You'}</th>
              {shared && <th scope="col">{partnerName}</th>}
              <th scope="col">Season</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p, i) => (
              <tr key={`${p.solo ? 's' : 'p'}${p.number}`}>
                <th scope="row">
                  {i + 1}
                  {p.revealedAt ? `, ${dateOnly(p.revealedAt)}` : ''}
                </th>
                <td>{cell(p.mine, dimension, true, partnerName, selfName)}</td>
                {shared && <td>{p.theirs ? cell(p.theirs, dimension, false, partnerName, selfName) : `just ${self}`}</td>}
                <td>{seasonCell(p, partnerName, selfName)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
