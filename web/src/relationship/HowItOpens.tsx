import { useId } from 'react';
import { api } from '../api';
import type { RelationshipView } from '../types';
import { useViewAction } from '../useAction';

/** How this shared round opens, and, while it opens by itself, the offer to open it together instead. */
export function HowItOpens({ view, partnerName, onView }: { view: RelationshipView; partnerName: string; onView: (v: RelationshipView) => void }) {
  const id = useId();
  const action = useViewAction(view.relationshipId, onView);
  const policy = view.revealPolicy ?? 'auto';
  if (policy === 'facilitator') return null;
  return (
    <section className="panel how-it-opens" aria-labelledby={id} data-reveal-policy={policy}>
      <h2 id={id}>How it opens</h2>
      {policy === 'together' ? (
        <p>
          You open it together: once you have both finished, it waits until you have both said “open it now”, then
          opens for you both at the same moment.
        </p>
      ) : (
        <>
          <p>
            Right now it opens by itself the moment you have both finished, wherever each of you is. If you would rather
            read it side by side, at a time that suits you both, it can wait until you have both said “open it now”.
          </p>
          <p>
            {partnerName} will see that you chose this, and it stays this way for later rounds too: a kinder way to open
            something you both wrote.
          </p>
          {action.error && (
            <p className="form-error" role="alert">
              {action.error}
            </p>
          )}
          <button type="button" onClick={() => action.run(() => api.openTogether(view.relationshipId))} disabled={action.busy}>
            Let’s open it together instead
          </button>
        </>
      )}
    </section>
  );
}
