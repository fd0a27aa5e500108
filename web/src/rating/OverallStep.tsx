import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { PictureField } from '../relationship/PictureField';
import { Scale } from '../relationship/Scale';
import { isLow } from '../relationship/perspective';
import { StepSection } from './StepSection';
import type { StepProps } from './stepProps';

/** The overall rating; at 1 or 2 the picture is needed. */
export function OverallStep({ draft, partnerName, headingRef, errorId }: StepProps) {
  const intl = useIntl();
  const uid = useId();
  const d = draft.draft;
  const required = isLow(d.overall);
  return (
    <StepSection title={intl.formatMessage({ id: 'rating.OverallStep.title' })} headingRef={headingRef}>
      <p className="question">
        <FormattedMessage id="rating.OverallStep.question" />
      </p>
      <p className="hint">
        <FormattedMessage id="rating.OverallStep.hint" />
      </p>
      <Scale
        name={`${uid}-overall`}
        legend={intl.formatMessage({ id: 'rating.OverallStep.legend' })}
        value={d.overall}
        onChange={(overall) => draft.change({ ...d, overall })}
        errorId={errorId('overall')}
        error={draft.errorsFor('overall')}
      />
      <PictureField
        legend={intl.formatMessage({ id: 'rating.OverallStep.pictureLegend' }, { required: required ? 'yes' : 'no' })}
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
