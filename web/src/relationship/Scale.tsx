import { SCALE_HIGH, SCALE_LOW, SCALE_WORDS } from '../method';
import { FieldError } from '../components/FieldError';

/** A 1–5 radio scale whose ends are labelled in the method's words. */
export function Scale({
  name,
  legend,
  value,
  onChange,
  errorId,
  error,
}: {
  name: string;
  legend: string;
  value: number | null;
  onChange: (v: number) => void;
  errorId: string;
  error?: string[] | string | null;
}) {
  return (
    <fieldset className="scale" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      <div className="scale-options">
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className="scale-option">
            <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} />
            <span className="scale-number">{n}</span>
            <span className="visually-hidden">: {SCALE_WORDS[n]}</span>
          </label>
        ))}
      </div>
      <div className="scale-ends" aria-hidden="true">
        <span>1 · {SCALE_LOW}</span>
        <span>5 · {SCALE_HIGH}</span>
      </div>
      <p className="scale-current" aria-hidden="true">
        {value ? SCALE_WORDS[value] : '\u00a0'}
      </p>
      <FieldError id={errorId} messages={error} />
    </fieldset>
  );
}
