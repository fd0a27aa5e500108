import type { LocalDraft } from '../perspective';
import { isDimensionStep, STEPS, type StepId } from '../steps';

const answered = (draft: LocalDraft, id: StepId): boolean =>
  isDimensionStep(id) ? draft.dimensions[id].score !== null : id === 'overall' ? draft.overall !== null : false;

/** Where the person is among the steps; every step is one click away. */
export function RatingProgress({ current, draft, onStep }: { current: number; draft: LocalDraft; onStep: (index: number) => void }) {
  return (
    <nav aria-label="Your progress" className="progress">
      <p className="progress-count">
        Step {current + 1} of {STEPS.length}
      </p>
      <ol>
        {STEPS.map((step, i) => {
          const done = answered(draft, step.id);
          return (
            <li key={step.id} className={i === current ? 'current' : done ? 'done' : ''}>
              <button type="button" onClick={() => onStep(i)} aria-current={i === current ? 'step' : undefined}>
                <span className="visually-hidden">{`Step ${i + 1}:`}</span> {step.title}
                {done && <span className="visually-hidden">{' (answered)'}</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
