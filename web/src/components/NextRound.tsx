import { api } from '../api';
import type { RelationshipView } from '../types';
import { useViewAction } from '../useAction';

/** Another round later: one round is a snapshot; repeated rounds tell a season from a resting state. */
export function NextRound({ view, onView }: { view: RelationshipView; onView: (v: RelationshipView) => void }) {
  const action = useViewAction(view.relationshipId, onView);
  if (view.revealPolicy === 'facilitator') {
    return (
      <section className="panel" aria-labelledby="again-title">
        <h2 id="again-title">Another round, later</h2>
        <p>Your facilitator starts the next check-in, for example in a month; a new round appears here then.</p>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="again-title">
      <h2 id="again-title">Another round, later</h2>
      <p>
        A single round is a snapshot. Doing this again in a few weeks or months shows whether an imbalance is a season or
        the resting state of the relationship.
      </p>
      {action.error && (
        <p className="form-error" role="alert">
          {action.error}
        </p>
      )}
      <button type="button" onClick={() => action.run(() => api.newRound(view.relationshipId))} disabled={action.busy}>
        Start round {view.round.number + 1}
      </button>
    </section>
  );
}
