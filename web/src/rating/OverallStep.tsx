import { useId } from 'react';
import { PictureField } from '../relationship/PictureField';
import { Scale } from '../relationship/Scale';
import { isLow } from '../relationship/perspective';
import { StepSection } from './StepSection';
import type { StepProps } from './stepProps';

/** The overall rating; at 1 or 2 the picture is needed. */
export function OverallStep({ draft, partnerName, headingRef, errorId }: StepProps) {
  const uid = useId();
  const d = draft.draft;
  const required = isLow(d.overall);
  return (
    <StepSection title="Overall" headingRef={headingRef}>
      <p className="question">Taking everything together, how mutual does this relationship feel right now?</p>
      <p className="hint">Mutual doesn’t mean identical: one of you may care in words, the other in deeds.</p>
      <Scale
        name={`${uid}-overall`}
        legend="Overall: how mutual does it feel?"
        value={d.overall}
        onChange={(overall) => draft.change({ ...d, overall })}
        errorId={errorId('overall')}
        error={draft.errorsFor('overall')}
      />
      <PictureField
        legend={`A picture to work toward ${required ? '(needed for an overall 1 or 2)' : '(optional)'}`}
        required={required}
        value={d.picture}
        onChange={(picture) => draft.change({ ...d, picture })}
        errors={draft.errorsFor('picture.text')}
        errorId={errorId('picture.text')}
        partnerName={partnerName}
      />
    </StepSection>
  );
}
