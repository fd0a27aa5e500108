// The guided start: the method's three significant relationships, one at a time, each one skippable.
// The choices are kept on this device per person, so the journey survives a refresh and can be resumed.
import type { IntlShape } from 'react-intl';
import type { Kind } from '../types';

export interface JourneyStep {
  kind: Kind;
}

export const JOURNEY: readonly JourneyStep[] = [{ kind: 'partner' }, { kind: 'closeFriend' }, { kind: 'familyMember' }];

/** A step's words in the reader's language: its title ("A partner"), its question, and the way to skip it. */
export const journeyWords = (intl: IntlShape, step: JourneyStep): { title: string; question: string; skip: string } => ({
  title: intl.formatMessage({ id: 'relationship.journey.title' }, { kind: step.kind }),
  question: intl.formatMessage({ id: 'relationship.journey.question' }, { kind: step.kind }),
  skip: intl.formatMessage({ id: 'relationship.journey.skip' }, { kind: step.kind }),
});

export type JourneyChoice = { relationshipId: string; partnerName: string; inviteUrl: string | null } | { skipped: true };

export type JourneyChoices = Partial<Record<Kind, JourneyChoice>>;

/** The first step not yet answered, or `JOURNEY.length` once every step has a choice. */
export const currentStep = (choices: JourneyChoices): number => {
  const i = JOURNEY.findIndex((s) => !choices[s.kind]);
  return i < 0 ? JOURNEY.length : i;
};

export const isSkipped = (c: JourneyChoice | undefined): c is { skipped: true } => !!c && 'skipped' in c;

const key = (personId: string) => `reciprocity.journey.${personId}`;

export function loadJourney(personId: string, storage: Storage = localStorage): JourneyChoices {
  try {
    const raw = storage.getItem(key(personId));
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' ? (parsed as JourneyChoices) : {};
  } catch {
    return {};
  }
}

export function saveJourney(personId: string, choices: JourneyChoices, storage: Storage = localStorage): void {
  try {
    storage.setItem(key(personId), JSON.stringify(choices));
  } catch {
    /* storage full or blocked: the relationships themselves are on the server */
  }
}
