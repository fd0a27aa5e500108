import { FormattedMessage, useIntl } from 'react-intl';
import { Heading } from '../components/Heading';
import { NextRound } from '../relationship/NextRound';
import { RevealBody } from '../relationship/RevealBody';
import { RoundHistory, when } from '../relationship/RoundHistory';
import { earlierRounds } from '../relationship/history';
import { useMethodWords } from '../method';
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
  const { checkInName } = useMethodWords();
  const reveal = view.round.reveal!;
  const intl = useIntl();
  return (
    <div className="reveal">
      {onMoveOn && (
        <section className="protected-moment no-print" aria-labelledby="moment-title">
          <h2 id="moment-title">
            <FormattedMessage id="screens.Reveal.newTitle" />
          </h2>
          <p>
            <FormattedMessage id="screens.Reveal.newLead" />
          </p>
          <button type="button" onClick={onMoveOn}>
            <FormattedMessage id="screens.Reveal.goToNew" />
          </button>
        </section>
      )}
      <Heading>
        <FormattedMessage id="screens.Reveal.title" />
      </Heading>
      <p className="lead">
        <FormattedMessage id="screens.Reveal.lead" values={{ 
            name: <bdi>{partnerName}</bdi>,
            later: view.round.number > 1 ? 'yes' : 'no',
            checkIn: checkInName(view.round.number),
            dated: reveal.revealedAt ? 'yes' : 'no',
            date: reveal.revealedAt ? when(intl, reveal.revealedAt) : '',
           }} />
      </p>
      <p className="no-print">
        <button type="button" className="secondary" onClick={() => window.print()}>
          <FormattedMessage id="screens.Reveal.print" />
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
