import type { Ref } from 'react';
import type { Draft } from './useDraft';

/** What every rating step receives from the screen. */
export interface StepProps {
  draft: Draft;
  /** The other person's name, or who they would be for a solo reflection. */
  partnerName: string;
  /** This round is the person's alone. */
  solo: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  /** The id of the element holding a field's error, for aria-describedby. */
  errorId: (path: string) => string;
}
