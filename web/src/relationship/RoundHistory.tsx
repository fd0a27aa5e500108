import { RevealBody } from './RevealBody';
import type { HistoryEntry } from '../types';
import { PerspectiveList } from './PerspectiveList';
import { capitalize, checkInName } from '../method';

export const when = (iso: string | null | undefined): string => {
  const d = new Date(iso ?? '');
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
};

/** Earlier check-ins, each folded: a shared round side by side, a solo round as the person's own answers. */
export function RoundHistory({ entries, partnerName }: { entries: HistoryEntry[]; partnerName: string }) {
  if (entries.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title">Earlier check-ins</h2>
      {entries.map((h) => (
        <details key={`${h.solo ? 'solo' : 'shared'}-${h.number}`}>
          <summary>
            {capitalize(checkInName(h.number))}
            {h.solo ? ', just for you' : !h.theirs ? ', your view only' : ''}
            {h.revealedAt ? `, ${when(h.revealedAt)}` : ''}
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
