import { useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { PerspectiveList } from '../relationship/PerspectiveList';
import { SafetyCheck } from '../relationship/SafetyCheck';
import { missingFields } from '../relationship/perspective';
import { stepForField, type StepId } from '../relationship/steps';
import type { RevealPolicy } from '../types';
import { missingMessage } from '../validation';
import { StepSection } from './StepSection';
import type { StepProps } from './stepProps';

/** What sharing (or finishing) means for who sees what, and when: the select keys of `rating.ReviewStep.intro`. */
const sealedKey = (solo: boolean, policy: RevealPolicy): string => (solo ? 'solo' : policy === 'together' || policy === 'facilitator' ? policy : 'other');

/** Everything written, each answer one click from its step, and the button that seals it. */
export function ReviewStep({ draft, partnerName, solo, headingRef, goTo, revealPolicy }: StepProps & { goTo: (step: StepId) => void; revealPolicy: RevealPolicy }) {
  const intl = useIntl();
  const uid = useId();
  const stillMissing = missingFields(draft.draft);
  const shown = draft.missing && draft.missing.length > 0 ? draft.missing : null;
  const [asking, setAsking] = useState(false);
  // A complete first share asks first; an incomplete one goes on to say what is still needed.
  const share = () => (draft.needsSafetyCheck && !solo && stillMissing.length === 0 ? setAsking(true) : void draft.submit());
  return (
    <StepSection title={intl.formatMessage({ id: 'rating.ReviewStep.title' }, { solo: solo ? 'yes' : 'no' })} headingRef={headingRef}>
      <p>
        <FormattedMessage id="rating.ReviewStep.intro" values={{ opens: sealedKey(solo, revealPolicy), name: <bdi>{partnerName}</bdi> }} />
      </p>
      <PerspectiveList perspective={draft.draft} onEdit={goTo} />
      {shown && (
        <div className="form-error" role="alert">
          <p>
            <FormattedMessage id="rating.ReviewStep.stillNeeded" />
          </p>
          <ul>
            {shown.map((path) => (
              <li key={path}>
                <button type="button" className="link-button" onClick={() => goTo(stepForField(path))}>
                  {draft.errorsFor(path)?.[0] ?? missingMessage(path, intl)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {draft.submitError && !shown && (
        <p className="form-error" role="alert">
          {draft.submitError}
        </p>
      )}
      {asking ? (
        <SafetyCheck
          partnerName={partnerName}
          busy={draft.submitting || draft.keepingPrivate}
          onYes={() => void draft.submit().finally(() => setAsking(false))}
          onNo={() => void draft.keepPrivate()}
          onBack={() => setAsking(false)}
        />
      ) : (
        <button type="button" className="primary" onClick={share} disabled={draft.submitting} aria-describedby={`${uid}-submit-hint`}>
          <FormattedMessage id={draft.submitting ? 'rating.ReviewStep.submitting' : 'rating.ReviewStep.submit'} values={{ solo: solo ? 'yes' : 'no' }} />
        </button>
      )}
      <p className="hint" id={`${uid}-submit-hint`}>
        {stillMissing.length > 0 ? (
          <FormattedMessage id="rating.ReviewStep.toGive" values={{ count: stillMissing.length }} />
        ) : (
          <FormattedMessage id="rating.ReviewStep.afterwards" values={{ solo: solo ? 'yes' : 'no' }} />
        )}
      </p>
    </StepSection>
  );
}
