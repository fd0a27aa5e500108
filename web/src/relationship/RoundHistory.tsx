import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { RevealBody } from './RevealBody';
import type { HistoryEntry } from '../types';
import { PerspectiveList } from './PerspectiveList';
import { capitalize, useMethodWords } from '../method';

/** A moment (a reveal, a round opening) as the reader's language writes a date and time: "5 Dec 2026, 14:30". */
export const when = (intl: IntlShape, iso: string | null | undefined): string => {
  const d = new Date(iso ?? '');
  return Number.isNaN(d.getTime()) ? '' : intl.formatDate(d, { dateStyle: 'medium', timeStyle: 'short' });
};

/** The day alone, as the reader's language writes it: "5 Dec 2026". */
export const whenDay = (intl: IntlShape, iso: string | null | undefined): string => {
  const d = new Date(iso ?? '');
  return Number.isNaN(d.getTime()) ? '' : intl.formatDate(d, { dateStyle: 'medium' });
};

/** Earlier check-ins, each folded: a shared round side by side, a solo round as the person's own answers. */
export function RoundHistory({ entries, partnerName }: { entries: HistoryEntry[]; partnerName: string }) {
  const intl = useIntl();
  const { checkInName } = useMethodWords();
  if (entries.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title">
        <FormattedMessage id="relationship.RoundHistory.title" />
      </h2>
      {entries.map((h) => (
        <details key={`${h.solo ? 'solo' : 'shared'}-${h.number}`}>
          <summary>
            <FormattedMessage
              id="relationship.RoundHistory.entry"
              values={{
                checkIn: capitalize(checkInName(h.number)),
                kind: h.solo ? 'solo' : !h.theirs ? 'mine' : 'shared',
                dated: h.revealedAt ? 'yes' : 'no',
                date: when(intl, h.revealedAt),
              }}
            />
          </summary>
          {h.theirs ? (
            <RevealBody mine={h.mine} theirs={h.theirs} partnerName={partnerName} level={3} />
          ) : (
            <PerspectiveList perspective={h.mine} />
          )}
        </details>
      ))}
    </section>
  );
}
