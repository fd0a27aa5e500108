import { FormattedMessage } from 'react-intl';
import { useId } from 'react';
import { useMethodWords } from '../method';
import type { LocalPicture } from './perspective';
import type { PictureKind } from '../types';
import { LIMITS } from '../validation';
import { FieldError } from '../components/FieldError';
import { GentleHint } from './GentleHint';
import { OnlyForMe } from './OnlyForMe';

const KINDS: PictureKind[] = ['mutualPattern', 'boundary'];

/** A picture to work toward: a mutual pattern or a boundary, with the method's guidance beside it. */
export function PictureField({
  legend,
  intro,
  required,
  value,
  onChange,
  errors,
  errorId,
  partnerName,
}: {
  legend: string;
  /** Why the picture is asked for here, before the method's guidance. */
  intro?: string;
  required: boolean;
  value: LocalPicture;
  onChange: (next: LocalPicture) => void;
  errors?: string[];
  errorId: string;
  partnerName: string;
}) {
  const { PICTURE_GUIDANCE, PICTURE_WORDS } = useMethodWords();
  const id = useId();
  return (
    <fieldset className="picture">
      <legend>{legend}</legend>
      <p className="hint" id={`${id}-guidance`}>
        {intro ? <FormattedMessage id="relationship.PictureField.introAndGuidance" values={{ intro, guidance: PICTURE_GUIDANCE }} /> : PICTURE_GUIDANCE}
      </p>
      <div className="choice-list">
        {KINDS.map((k) => (
          <label key={k} className="choice">
            <input type="radio" name={`${id}-kind`} value={k} checked={value.kind === k} onChange={() => onChange({ ...value, kind: k })} />
            <span>{PICTURE_WORDS[k]}</span>
          </label>
        ))}
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>
          <FormattedMessage id={value.kind === 'boundary' ? 'relationship.PictureField.boundary' : 'relationship.PictureField.pattern'} />
        </label>
        <textarea
          id={`${id}-text`}
          rows={5}
          maxLength={LIMITS.picture}
          value={value.text}
          required={required}
          onChange={(e) => onChange({ ...value, text: e.target.value })}
          aria-invalid={errors ? true : undefined}
          aria-describedby={[`${id}-guidance`, `${id}-gentle`, errors ? errorId : ''].filter(Boolean).join(' ')}
        />
        <GentleHint id={`${id}-gentle`} text={value.text} where="picture" shared={!value.private} />
        <FieldError id={errorId} messages={errors} />
        <OnlyForMe what="picture" checked={value.private} onChange={(p) => onChange({ ...value, private: p })} partnerName={partnerName} />
      </div>
    </fieldset>
  );
}
