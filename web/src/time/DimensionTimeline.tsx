import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { useDirection } from '../i18n/useDirection';
import { methodWordsFor, useMethodWords } from '../method';
import type { DimensionKey, Leans, PointOfView, TimelinePoint } from '../types';
import { CHART, chartGeometry, seasonBandName } from './chart';
import { countWord, inSeason, SEASON_SHORT } from './readings';
import { dayWords } from './when';

/** Who gives more, as this view said it: the viewer ("you", or their name read from outside) or the other person. */
function leanWords(intl: IntlShape, l: Leans | null | undefined, mine: boolean, partnerName: string, selfName: string | undefined): string | null {
  if (l === 'neither') return intl.formatMessage({ id: 'time.timeline.bothWays' });
  if (l !== 'me' && l !== 'them') return null;
  if ((l === 'me') !== mine) return intl.formatMessage({ id: 'time.timeline.givesMore' }, { name: partnerName });
  return selfName ? intl.formatMessage({ id: 'time.timeline.givesMore' }, { name: selfName }) : intl.formatMessage({ id: 'time.timeline.youGiveMore' });
}

function cell(intl: IntlShape, v: PointOfView | null, d: DimensionKey, mine: boolean, partnerName: string, selfName?: string): string {
  const score = v?.scores[d];
  if (typeof score !== 'number') return intl.formatMessage({ id: 'time.timeline.noScore' });
  const lean = leanWords(intl, v?.leans[d], mine, partnerName, selfName);
  const position = intl.formatMessage({ id: 'time.timeline.position' }, { words: methodWordsFor(intl).SCALE_WORDS[score], score });
  return lean ? intl.formatMessage({ id: 'time.timeline.positionAndLean' }, { position, lean }) : position;
}

function seasonCell(intl: IntlShape, p: TimelinePoint, partnerName: string, selfName?: string): string {
  if (!inSeason(p)) return intl.formatMessage({ id: 'time.timeline.noSeason' });
  const said = (who: string, season: PointOfView['season']) =>
    intl.formatMessage({ id: 'time.readings.seasonOf' }, { who, season: intl.formatMessage({ id: SEASON_SHORT[season] }) });
  const parts = [];
  if (p.mine.season !== 'none') parts.push(said(selfName ?? intl.formatMessage({ id: 'time.you' }), p.mine.season));
  if (p.theirs && p.theirs.season !== 'none') parts.push(said(partnerName, p.theirs.season));
  return parts.join(intl.formatMessage({ id: 'time.list.semicolon' }));
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
  const intl = useIntl();
  const { dimensionText } = useMethodWords();
  const g = chartGeometry(points, dimension, useDirection());
  const title = dimensionText(dimension).title;
  const id = `${idPrefix}-${dimension}`;
  const shared = points.some((p) => p.theirs);
  return (
    <figure className="timeline" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <h3>{title}</h3>
      </figcaption>
      <svg
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-label={intl.formatMessage(
          { id: 'time.timeline.label' },
          { title, count: points.length, countWord: countWord(points.length, intl), shared: String(shared), self: selfName ?? '', named: String(selfName !== undefined), partner: partnerName },
        )}
        data-testid={id}
      >
        {g.seasons.map((s) => (
          <g key={`season-${s.checkIn}`} className="timeline-season" data-check-in={s.checkIn}>
            <rect x={s.x} y={CHART.top - 12} width={s.width} height={CHART.height - CHART.bottom - CHART.top + 12} />
            <text x={s.x + s.width / 2} y={CHART.top - 3} textAnchor="middle">
              {seasonBandName(s.kinds, intl)}
            </text>
          </g>
        ))}
        {g.levels.map((l) => (
          <g key={l.score} className="timeline-level">
            <line x1={g.axis.x1} x2={g.axis.x2} y1={l.y} y2={l.y} />
            <text x={g.axis.labelX} y={l.y + 4} textAnchor="end">
              {intl.formatNumber(l.score)}
            </text>
          </g>
        ))}
        {g.columns.map((c) => (
          <text key={c.checkIn} className="timeline-axis" x={c.x} y={CHART.height - 8} textAnchor="middle">
            {intl.formatNumber(c.checkIn)}
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
        <span className="key mine">
          <FormattedMessage id="time.timeline.keyMine" values={{ name: selfName === undefined ? intl.formatMessage({ id: 'time.you' }) : <bdi>{selfName}</bdi> }} />
        </span>
        {shared && (
          <span className="key theirs">
            <FormattedMessage id="time.timeline.keyTheirs" values={{ name: <bdi>{partnerName}</bdi> }} />
          </span>
        )}
        <span className="key">
          <FormattedMessage id="time.timeline.legend" />
        </span>
      </p>
      <details className="timeline-table">
        <summary>
          <FormattedMessage id="time.timeline.asTable" values={{ title }} />
        </summary>
        <table>
          <caption className="visually-hidden">
            <FormattedMessage id="time.timeline.caption" values={{ title }} />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="time.timeline.checkIn" />
              </th>
              <th scope="col">{selfName === undefined ? <FormattedMessage id="time.timeline.you" /> : <bdi>{selfName}</bdi>}</th>
              {shared && (
                <th scope="col">
                  <bdi>{partnerName}</bdi>
                </th>
              )}
              <th scope="col">
                <FormattedMessage id="time.timeline.season" />
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((p, i) => (
              <tr key={`${p.solo ? 's' : 'p'}${p.number}`}>
                <th scope="row">
                  {p.revealedAt ? (
                    <FormattedMessage id="time.timeline.row" values={{ n: i + 1, date: dayWords(intl, p.revealedAt) }} />
                  ) : (
                    intl.formatNumber(i + 1)
                  )}
                </th>
                <td>{cell(intl, p.mine, dimension, true, partnerName, selfName)}</td>
                {shared && (
                  <td>
                    {p.theirs ? (
                      cell(intl, p.theirs, dimension, false, partnerName, selfName)
                    ) : (
                      <FormattedMessage id="time.timeline.just" values={{ name: selfName ?? intl.formatMessage({ id: 'time.you' }) }} />
                    )}
                  </td>
                )}
                <td>{seasonCell(intl, p, partnerName, selfName)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
