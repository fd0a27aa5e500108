import { useId } from 'react';
import { NoteField } from '../relationship/NoteField';
import { SEASON_WORDS } from '../method';
import type { SeasonKind } from '../types';
import { LIMITS } from '../validation';
import { StepSection } from './StepSection';
import type { StepProps } from './stepProps';

const SEASONS: SeasonKind[] = ['none', 'illness', 'grief', 'transition', 'other'];

/** A season of temporary imbalance: illness, grief, a transition. */
export function SeasonStep({ draft, partnerName, headingRef, errorId }: StepProps) {
  const uid = useId();
  const d = draft.draft;
  const set = (patch: Partial<typeof d.season>) => draft.change({ ...d, season: { ...d.season, ...patch } });
  return (
    <StepSection title="A particular season?" headingRef={headingRef}>
      <p className="question">Is either of you going through something that shifts the balance for now?</p>
      <p className="hint">
        Temporary imbalance is part of caring for each other: illness, grief, a big change. What matters is whether
        imbalance is the resting state, which only repeated rounds can show.
      </p>
      <fieldset>
        <legend>This season</legend>
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
        label="A note about this season (optional)"
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
