import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { FieldError } from '../components/FieldError';
import { NoteField } from '../relationship/NoteField';
import { PictureField } from '../relationship/PictureField';
import { Scale } from '../relationship/Scale';
import { useMethodWords, type DimensionText } from '../method';
import { isLow, type LocalDimension } from '../relationship/perspective';
import type { Leans } from '../types';
import { titleInSentence } from '../titleInSentence';
import { LIMITS } from '../validation';
import { StepSection } from './StepSection';
import type { StepProps } from './stepProps';

const LEANS: Leans[] = ['me', 'them', 'neither'];

/** One of the four dimensions: how mutual, which way it leans, a note, and a picture when it is at 1 or 2. */
export function DimensionStep({ dimension, draft, partnerName, solo, headingRef, errorId }: StepProps & { dimension: DimensionText }) {
  const intl = useIntl();
  const { LEANS_MINE } = useMethodWords();
  const uid = useId();
  const { key } = dimension;
  const value = draft.draft.dimensions[key];
  const set = (patch: Partial<LocalDimension>) =>
    draft.change({ ...draft.draft, dimensions: { ...draft.draft.dimensions, [key]: { ...value, ...patch } } });
  const path = (field: string) => `dimensions.${key}.${field}`;
  const leansErrors = draft.errorsFor(path('leans'));
  return (
    <StepSection title={dimension.title} headingRef={headingRef}>
      <p className="question">{dimension.question}</p>
      <ul className="prompts">
        {dimension.prompts.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <p className="hint">
        <FormattedMessage id="rating.DimensionStep.hint" />
      </p>
      <Scale
        name={`${uid}-score`}
        legend={intl.formatMessage({ id: 'rating.DimensionStep.legend' }, { title: dimension.title })}
        value={value.score}
        onChange={(score) => set({ score })}
        errorId={errorId(path('score'))}
        error={draft.errorsFor(path('score'))}
      />
      <fieldset aria-describedby={leansErrors ? errorId(path('leans')) : undefined}>
        <legend>
          <FormattedMessage id="rating.DimensionStep.leansLegend" />
        </legend>
        <div className="choice-list">
          {LEANS.map((l) => (
            <label key={l} className="choice">
              <input type="radio" name={`${uid}-leans`} value={l} checked={value.leans === l} onChange={() => set({ leans: l })} />
              <span>{LEANS_MINE[l]}</span>
            </label>
          ))}
        </div>
        <FieldError id={errorId(path('leans'))} messages={leansErrors} />
      </fieldset>
      <NoteField
        label={intl.formatMessage({ id: 'rating.DimensionStep.noteLabel' })}
        hint={intl.formatMessage({ id: 'rating.DimensionStep.noteHint' }, { solo: solo ? 'yes' : 'no', name: partnerName })}
        maxLength={LIMITS.note}
        value={value.note}
        onChange={(note) => set({ note })}
        isPrivate={value.private}
        onPrivate={(p) => set({ private: p })}
        errors={draft.errorsFor(path('note'))}
        errorId={errorId(path('note'))}
        partnerName={partnerName}
      />
      {(isLow(value.score) || value.picture.text !== '') && (
        <PictureField
          legend={intl.formatMessage({ id: 'rating.DimensionStep.pictureLegend' }, { title: titleInSentence(intl, dimension.title) })}
          intro={intl.formatMessage({ id: 'rating.DimensionStep.pictureIntro' })}
          required={false}
          value={value.picture}
          onChange={(picture) => set({ picture })}
          errors={draft.errorsFor(path('picture.text'))}
          errorId={errorId(path('picture.text'))}
          partnerName={partnerName}
        />
      )}
    </StepSection>
  );
}
