import { FormattedMessage } from 'react-intl';
import { useMethodWords } from '../method';
import { FieldError } from '../components/FieldError';

/** Keeps the line's height while nothing is chosen yet. */
const BLANK = '\u00a0';

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
  const { SCALE_HIGH, SCALE_LOW, SCALE_WORDS } = useMethodWords();
  return (
    <fieldset className="scale" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      <div className="scale-options">
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className="scale-option">
            <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} />
            <span className="scale-number">{n}</span>
            <span className="visually-hidden">
              <FormattedMessage id="relationship.Scale.optionWords" values={{ words: SCALE_WORDS[n] }} />
            </span>
          </label>
        ))}
      </div>
      <div className="scale-ends" aria-hidden="true">
        <span>
          <FormattedMessage id="relationship.Scale.end" values={{ n: 1, words: SCALE_LOW }} />
        </span>
        <span>
          <FormattedMessage id="relationship.Scale.end" values={{ n: 5, words: SCALE_HIGH }} />
        </span>
      </div>
      <p className="scale-current" aria-hidden="true">
        {value ? SCALE_WORDS[value] : BLANK}
      </p>
      <FieldError id={errorId} messages={error} />
    </fieldset>
  );
}
