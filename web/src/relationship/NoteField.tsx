import { useId } from 'react';
import type { GentleWhere } from './accusation';
import { FieldError } from '../components/FieldError';
import { GentleHint } from './GentleHint';
import { OnlyForMe } from './OnlyForMe';

/** An optional note with its "Only for me" switch, and the gentle-wording hint while it is to be shared. */
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
  where = 'note',
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
  where?: GentleWhere;
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
        aria-describedby={[hint ? `${id}-hint` : '', `${id}-gentle`, errors ? errorId : ''].filter(Boolean).join(' ')}
      />
      <GentleHint id={`${id}-gentle`} text={value} where={where} shared={!isPrivate} />
      <FieldError id={errorId} messages={errors} />
      <OnlyForMe what="note" checked={isPrivate} onChange={onPrivate} partnerName={partnerName} />
    </div>
  );
}
