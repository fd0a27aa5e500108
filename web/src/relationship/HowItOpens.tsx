import { FormattedMessage } from 'react-intl';
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
      <h2 id={id}>
        <FormattedMessage id="relationship.HowItOpens.title" />
      </h2>
      {policy === 'together' ? (
        <p>
          <FormattedMessage id="relationship.HowItOpens.together" />
        </p>
      ) : (
        <>
          <p>
            <FormattedMessage id="relationship.HowItOpens.byItself" />
          </p>
          <p>
            <FormattedMessage id="relationship.HowItOpens.partnerSees" values={{ name: <bdi>{partnerName}</bdi> }} />
          </p>
          {action.error && (
            <p className="form-error" role="alert">
              {action.error}
            </p>
          )}
          <button type="button" onClick={() => action.run(() => api.openTogether(view.relationshipId))} disabled={action.busy}>
            <FormattedMessage id="relationship.HowItOpens.openTogether" />
          </button>
        </>
      )}
    </section>
  );
}
