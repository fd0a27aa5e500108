import { checkInName } from '../method';
import { roundSteps } from './roundSteps';
import type { RelationshipView } from '../types';
import { useViewAction } from '../useAction';

/** Another round later: one round is a snapshot; repeated rounds tell a season from a resting state. */
export function NextRound({ view, onView, onStart }: { view: RelationshipView; onView: (v: RelationshipView) => void; onStart?: () => void }) {
  const action = useViewAction(view.relationshipId, onView);
  if (view.revealPolicy === 'facilitator') {
    return (
      <section className="panel" aria-labelledby="again-title">
        <h2 id="again-title">Another check-in, later</h2>
        <p>Your facilitator starts the next check-in, for example in a month; it appears here then.</p>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="again-title">
      <h2 id="again-title">Another check-in, later</h2>
      <p>
        A single check-in is a snapshot. Doing this again in a few weeks or months shows whether an imbalance is a season or
        the resting state of the relationship.
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
        Start the {checkInName(view.round.number + 1)}
      </button>
    </section>
  );
}
