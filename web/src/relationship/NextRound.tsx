import { FormattedMessage } from 'react-intl';
import { useMethodWords } from '../method';
import { roundSteps } from './roundSteps';
import type { RelationshipView } from '../types';
import { useViewAction } from '../useAction';

/** Another round later: one round is a snapshot; repeated rounds tell a season from a resting state. */
export function NextRound({ view, onView, onStart }: { view: RelationshipView; onView: (v: RelationshipView) => void; onStart?: () => void }) {
  const { checkInName } = useMethodWords();
  const action = useViewAction(view.relationshipId, onView);
  if (view.revealPolicy === 'facilitator') {
    return (
      <section className="panel" aria-labelledby="again-title">
        <h2 id="again-title">
          <FormattedMessage id="relationship.NextRound.title" />
        </h2>
        <p>
          <FormattedMessage id="relationship.NextRound.facilitated" />
        </p>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="again-title">
      <h2 id="again-title">
        <FormattedMessage id="relationship.NextRound.title" />
      </h2>
      <p>
        <FormattedMessage id="relationship.NextRound.snapshot" />
      </p>
      {action.error && (
        <p className="form-error" role="alert">
          {action.error}
        </p>
      )}
      <button type="button" onClick={() => {
          onStart?.(); // this person moves on themselves
          action.run(() => roundSteps.startRound(view));
        }} disabled={action.busy}>
        <FormattedMessage id="relationship.NextRound.start" values={{ checkIn: checkInName(view.round.number + 1) }} />
      </button>
    </section>
  );
}
