import { FormattedMessage, useIntl } from 'react-intl';
import type { LocalDraft } from '../relationship/perspective';
import { isDimensionStep, stepIndex, STEPS, stepTitle, type StepId } from '../relationship/steps';

/** A step with its answer given. "No season" is an answer too: the Season step is done once marked, or once passed. */
export const answered = (draft: LocalDraft, id: StepId, current: number): boolean =>
  isDimensionStep(id)
    ? draft.dimensions[id].score !== null
    : id === 'overall'
      ? draft.overall !== null
      : id === 'season'
        ? draft.season.kind !== 'none' || current > stepIndex('season')
        : false;

/** Where the person is among the steps; every step is one click away. */
export function RatingProgress({ current, draft, onStep }: { current: number; draft: LocalDraft; onStep: (index: number) => void }) {
  const intl = useIntl();
  return (
    <nav aria-label={intl.formatMessage({ id: 'rating.RatingProgress.label' })} className="progress">
      <p className="progress-count">
        <FormattedMessage id="rating.RatingProgress.count" values={{ step: current + 1, steps: STEPS.length }} />
      </p>
      <ol>
        {STEPS.map((step, i) => {
          const done = answered(draft, step.id, current);
          return (
            <li key={step.id} className={i === current ? 'current' : done ? 'done' : ''}>
              <button type="button" onClick={() => onStep(i)} aria-current={i === current ? 'step' : undefined}>
                <FormattedMessage
                  id="rating.RatingProgress.step"
                  values={{ step: i + 1, title: stepTitle(intl, step.id), hidden: (chunks) => <span className="visually-hidden">{chunks}</span> }}
                />
                {done && (
                  <span className="visually-hidden">
                    <FormattedMessage id="rating.RatingProgress.answered" />
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
