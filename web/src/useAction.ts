// One request a button or a form sends: busy while it runs, and what a refusal says, in kind words. Every screen's
// action goes through `useAction`; `useViewAction` is the relationship's version (a fresh view when the round moved on).
import { useState } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import { api, ApiError, friendlyError } from './api';
import type { RelationshipView } from './types';

/**
 * What a refusal says on the screen: words in the reader's language (`intl`), or null when the caller dealt with it
 * (showed something else, or moved on). May ask the server first.
 */
export type Explain = (e: unknown, intl: IntlShape) => string | null | Promise<string | null>;

/** The words a 409 brings (why the step no longer fits, in the server's words), else `friendlyError`'s. */
export const conflictDetail: Explain = (e, intl) =>
  e instanceof ApiError && e.status === 409 ? (e.problem.detail ?? friendlyError(e, intl)) : friendlyError(e, intl);

/** The message a 400 gave for the first field it named (or for `field`), else `otherwise`'s words. */
export function fieldFirst(field?: string, otherwise: Explain = friendlyError): Explain {
  return (e, intl) => {
    const named = e instanceof ApiError ? (field ? e.fieldErrors[field] : Object.values(e.fieldErrors)[0]) : undefined;
    return named && named.length > 0 ? named.join(' ') : otherwise(e, intl);
  };
}

/** A form's refusal: the field a 400 named, else a 409's own words, else `friendlyError`'s. */
export const formRefusal: Explain = fieldFirst(undefined, conflictDetail);

export interface Action {
  /** Runs the request; true when it went through, false when refused (its words are in `error`). */
  run: (call: () => Promise<void>) => Promise<boolean>;
  busy: boolean;
  error: string | null;
  /** For a check made before sending (a field left empty): shown the same way. */
  setError: (message: string | null) => void;
}

export function useAction(explain: Explain = friendlyError): Action {
  const intl = useIntl();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(call: () => Promise<void>): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await call();
      return true;
    } catch (e) {
      setError(await explain(e, intl));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { run, busy, error, setError };
}

/** A relationship's step: its answer is the new view; a 409 (the other person acted first) shows where it stands now. */
export function useViewAction(relationshipId: string, onView: (v: RelationshipView) => void) {
  const action = useAction((e, intl) =>
    e instanceof ApiError && e.status === 409
      ? api.relationship(relationshipId).then(
          (v) => {
            onView(v);
            return null;
          },
          () => friendlyError(e, intl),
        )
      : friendlyError(e, intl),
  );
  return { ...action, run: (call: () => Promise<RelationshipView>) => action.run(async () => onView(await call())) };
}
