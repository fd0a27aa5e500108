import { useId } from 'react';
import { FieldError } from './FieldError';
import { OnlyForMe } from './OnlyForMe';

/** An optional note with its "Only for me" switch. */
export function NoteField({
  label,
  hint,
  rows = 4,
  maxLength,
  value,
  onChange,
  isPrivate,
  onPrivate,
  errors,
  errorId,
  partnerName,
}: {
  label: string;
  hint?: string;
  rows?: number;
  maxLength: number;
  value: string;
  onChange: (text: string) => void;
  isPrivate: boolean;
  onPrivate: (p: boolean) => void;
  errors?: string[];
  errorId: string;
  partnerName: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <textarea
        id={id}
        rows={rows}
        maxLength={maxLength}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={errors ? true : undefined}
        aria-describedby={[hint ? `${id}-hint` : '', errors ? errorId : ''].filter(Boolean).join(' ') || undefined}
      />
      <FieldError id={errorId} messages={errors} />
      <OnlyForMe what="this note" checked={isPrivate} onChange={onPrivate} partnerName={partnerName} />
    </div>
  );
}
