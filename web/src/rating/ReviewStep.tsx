import { useId, useState } from 'react';
import { PerspectiveList } from '../relationship/PerspectiveList';
import { SafetyCheck } from '../relationship/SafetyCheck';
import { missingFields } from '../relationship/perspective';
import { stepForField, type StepId } from '../relationship/steps';
import type { RevealPolicy } from '../types';
import { missingMessage } from '../validation';
import { StepSection } from './StepSection';
import type { StepProps } from './stepProps';

function sealedWords(solo: boolean, policy: RevealPolicy, name: string): string {
  if (solo) return `Once you finish, this check-in is complete and yours alone. It stays yours even if you invite ${name} later.`;
  const opens =
    policy === 'together'
      ? 'until you have both finished and both said “open it now”'
      : policy === 'facilitator'
        ? 'until you have both finished and your facilitator opens it'
        : 'until they have shared theirs';
  return `Once you share it, ${name} sees none of it ${opens}; then you both see both. Notes you keep only for yourself stay yours.`;
}

/** Everything written, each answer one click from its step, and the button that seals it. */
export function ReviewStep({ draft, partnerName, solo, headingRef, goTo, revealPolicy }: StepProps & { goTo: (step: StepId) => void; revealPolicy: RevealPolicy }) {
  const uid = useId();
  const stillMissing = missingFields(draft.draft);
  const shown = draft.missing && draft.missing.length > 0 ? draft.missing : null;
  const [asking, setAsking] = useState(false);
  // A complete first share asks first; an incomplete one goes on to say what is still needed.
  const share = () => (draft.needsSafetyCheck && !solo && stillMissing.length === 0 ? setAsking(true) : void draft.submit());
  return (
    <StepSection title={solo ? 'Review and finish' : 'Review and share'} headingRef={headingRef}>
      <p>Here is everything you wrote. {sealedWords(solo, revealPolicy, partnerName)}</p>
      <PerspectiveList perspective={draft.draft} onEdit={goTo} />
      {shown && (
        <div className="form-error" role="alert">
          <p>A few answers are still needed:</p>
          <ul>
            {shown.map((path) => (
              <li key={path}>
                <button type="button" className="link-button" onClick={() => goTo(stepForField(path))}>
                  {draft.errorsFor(path)?.[0] ?? missingMessage(path)}
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
          {draft.submitting ? (solo ? 'Finishing…' : 'Sharing…') : solo ? 'Finish my reflection' : 'Share my view'}
        </button>
      )}
      <p className="hint" id={`${uid}-submit-hint`}>
        {stillMissing.length > 0
          ? `${stillMissing.length} answer${stillMissing.length === 1 ? '' : 's'} still to give.`
          : solo
            ? 'You can start another check-in whenever you like.'
            : 'Until it opens, you can still take it back to edit.'}
      </p>
    </StepSection>
  );
}
