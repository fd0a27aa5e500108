import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { NoteField } from '../relationship/NoteField';
import { useMethodWords } from '../method';
import type { SeasonKind } from '../types';
import { LIMITS } from '../validation';
import { StepSection } from './StepSection';
import type { StepProps } from './stepProps';

const SEASONS: SeasonKind[] = ['none', 'illness', 'grief', 'transition', 'other'];

/** A season of temporary imbalance: illness, grief, a transition. */
export function SeasonStep({ draft, partnerName, headingRef, errorId }: StepProps) {
  const intl = useIntl();
  const { SEASON_WORDS } = useMethodWords();
  const uid = useId();
  const d = draft.draft;
  const set = (patch: Partial<typeof d.season>) => draft.change({ ...d, season: { ...d.season, ...patch } });
  return (
    <StepSection title={intl.formatMessage({ id: 'rating.SeasonStep.title' })} headingRef={headingRef}>
      <p className="question">
        <FormattedMessage id="rating.SeasonStep.question" />
      </p>
      <p className="hint">
        <FormattedMessage id="rating.SeasonStep.hint" />
      </p>
      <fieldset>
        <legend>
          <FormattedMessage id="rating.SeasonStep.legend" />
        </legend>
        <div className="choice-list">
          {SEASONS.map((k) => (
            <label key={k} className="choice">
              <input type="radio" name={`${uid}-season`} value={k} checked={d.season.kind === k} onChange={() => set({ kind: k })} />
              <span>{SEASON_WORDS[k]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <NoteField
        label={intl.formatMessage({ id: 'rating.SeasonStep.noteLabel' })}
        rows={3}
        maxLength={LIMITS.note}
        value={d.season.note}
        onChange={(note) => set({ note })}
        isPrivate={d.season.private}
        onPrivate={(p) => set({ private: p })}
        errors={draft.errorsFor('season.note')}
        errorId={errorId('season.note')}
        partnerName={partnerName}
      />
    </StepSection>
  );
}
