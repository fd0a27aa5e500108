import { useEffect, useId, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { SaveIndicator } from '../relationship/SaveIndicator';
import { useMethodWords } from '../method';
import { DimensionStep } from '../rating/DimensionStep';
import { OverallStep } from '../rating/OverallStep';
import { RatingProgress } from '../rating/RatingProgress';
import { ReviewStep } from '../rating/ReviewStep';
import { SeasonStep } from '../rating/SeasonStep';
import type { StepProps } from '../rating/stepProps';
import { useDraft } from '../rating/useDraft';
import { partnerStatusWords } from '../status';
import { LAST_STEP, rememberedStep, rememberStep, stepIndex, STEPS, type StepId } from '../relationship/steps';
import type { RelationshipView } from '../types';

/** One round's rating, a step at a time; the draft saves itself as the person goes. */
export function Rating({ view, partnerName, onView }: { view: RelationshipView; partnerName: string; onView: (v: RelationshipView) => void }) {
  const intl = useIntl();
  const { DIMENSIONS } = useMethodWords();
  const uid = useId();
  const id = view.relationshipId;
  const roundNo = view.round.number;
  const solo = view.round.solo === true;
  const draft = useDraft(view, onView);
  const [step, setStepState] = useState(() => rememberedStep(id, roundNo));
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  const setStep = (n: number) => {
    setStepState(n);
    rememberStep(id, roundNo, n);
  };
  const goTo = (s: StepId) => setStep(stepIndex(s));

  const props: StepProps = {
    draft,
    partnerName,
    solo,
    headingRef: heading,
    errorId: (path) => `${uid}-${path.replace(/\./g, '-')}-error`,
  };
  const current = STEPS[step].id;
  const dimension = DIMENSIONS.find((d) => d.key === current);

  return (
    <div className="rating">
      <div className="rating-top">
        <p className="partner-status" aria-live="polite">
          {solo
            ? intl.formatMessage({ id: 'screens.Rating.soloStatus' })
            : partnerStatusWords(intl, view.partner?.displayName, view.round.partnerStatus, view.partner !== null)}
        </p>
        <SaveIndicator state={draft.saveState} />
      </div>
      <RatingProgress current={step} draft={draft.draft} onStep={setStep} />
      {dimension && <DimensionStep key={dimension.key} dimension={dimension} {...props} />}
      {current === 'overall' && <OverallStep {...props} />}
      {current === 'season' && <SeasonStep {...props} />}
      {current === 'review' && <ReviewStep {...props} goTo={goTo} revealPolicy={view.revealPolicy ?? 'auto'} />}
      <div className="step-nav">
        {step > 0 && (
          <button type="button" onClick={() => setStep(step - 1)}>
            <FormattedMessage id="screens.Rating.back" />
          </button>
        )}
        {step < LAST_STEP && (
          <button type="button" className="primary" onClick={() => setStep(step + 1)}>
            {step === LAST_STEP - 1 ? <FormattedMessage id="screens.Rating.review" /> : <FormattedMessage id="screens.Rating.next" />}
          </button>
        )}
      </div>
    </div>
  );
}
