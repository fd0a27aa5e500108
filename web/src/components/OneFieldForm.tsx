import { useId, useState, type FormEvent, type HTMLAttributes, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { ApiError, friendlyError } from '../api';
import { useAction } from '../useAction';
import { FieldError } from './FieldError';

interface OneFieldFormProps {
  /** An optional heading inside the form's panel. */
  heading?: ReactNode;
  label: string;
  /** The field's name in the API's problem details, so a refusal naming it shows beside the field. */
  field: string;
  type: 'text' | 'email';
  autoComplete: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  maxLength: number;
  submitLabel: string;
  /** A problem with the value before anything is sent, or null. */
  validate: (value: string) => string | null;
  /** Sends the trimmed value; a refusal naming `field` shows beside it, any other failure under the form. */
  send: (value: string) => Promise<void>;
}

/** A form of one field and one button: checked here first, then sent, with the answer's problems shown kindly. */
export function OneFieldForm({ heading, label, field, type, autoComplete, inputMode, maxLength, submitLabel, validate, send }: OneFieldFormProps) {
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  // A 400 about the field is said beside it; anything else above the form.
  const { run, busy, error: formError, setError: setFormError } = useAction((err, intl) => {
    const named = err instanceof ApiError ? err.fieldErrors[field] : undefined;
    if (!named) return friendlyError(err, intl);
    setError(named.join(' '));
    return null;
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problem = validate(value);
    setError(problem);
    setFormError(null);
    if (problem) return;
    await run(() => send(value.trim()));
  }

  return (
    <form onSubmit={submit} noValidate className="panel">
      {heading}
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          name={field}
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          maxLength={maxLength}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          required
        />
        <FieldError id={`${id}-error`} messages={error} />
      </div>
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? <FormattedMessage id="components.OneFieldForm.busy" /> : submitLabel}
      </button>
    </form>
  );
}
