import { FormattedMessage, useIntl } from 'react-intl';
import { Heading } from '../components/Heading';
import { NextRound } from '../relationship/NextRound';
import { RevealBody } from '../relationship/RevealBody';
import { RoundHistory, when } from '../relationship/RoundHistory';
import { earlierRounds } from '../relationship/history';
import { checkInName } from '../method';
import { Traces } from '../relationship/Traces';
import type { RelationshipView, RoundTraces } from '../types';

/**
 * A shared round, opened: both perspectives, the same for both at the same moment. `onMoveOn` is set when a newer
 * check-in has started meanwhile: this reveal stays until the person chooses to go on.
 */
export function Reveal({
  view,
  partnerName,
  onView,
  onStartNext,
  onMoveOn,
  onTraces,
}: {
  view: RelationshipView;
  partnerName: string;
  onView: (v: RelationshipView) => void;
  onStartNext?: () => void;
  onMoveOn?: () => void;
  onTraces: (t: RoundTraces) => void;
}) {
  const reveal = view.round.reveal!;
  const intl = useIntl();
  return (
    <div className="reveal">
      {onMoveOn && (
        <section className="protected-moment no-print" aria-labelledby="moment-title">
          <h2 id="moment-title">A new check-in has started, when you’re ready</h2>
          <p>Take the time you need with this one. It stays here until you move on.</p>
          <button type="button" onClick={onMoveOn}>
            Go to the new check-in
          </button>
        </section>
      )}
      <Heading>Two perspectives, side by side</Heading>
      <p className="lead">
        You and {partnerName} both finished{view.round.number > 1 ? ` your ${checkInName(view.round.number)}` : ''}
        {reveal.revealedAt ? `, and this appeared for you both on ${when(intl, reveal.revealedAt)}` : ''}. Where you differ,
        you have different experiences to talk about. There is no score and no one is right.
      </p>
      <p className="no-print">
        <button type="button" className="secondary" onClick={() => window.print()}>
          Print
        </button>
      </p>
      <RevealBody mine={reveal.mine} theirs={reveal.theirs ?? {}} partnerName={partnerName} />
      <p className="reflection" role="note">
        <FormattedMessage id="relationship.comparison.reflectionNote" />
      </p>
      {view.partner && <Traces view={view} partnerName={partnerName} onTraces={onTraces} />}
      {!onMoveOn && (
        <div className="no-print">
          <NextRound view={view} onView={onView} onStart={onStartNext} />
          <RoundHistory entries={earlierRounds(view)} partnerName={partnerName} />
        </div>
      )}
    </div>
  );
}
