// One button's request: busy while it runs, its error in kind words, and a fresh view when the round moved on.
import { useState } from 'react';
import { api, ApiError, friendlyError } from './api';
import type { RelationshipView } from './types';

export function useViewAction(relationshipId: string, onView: (v: RelationshipView) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(call: () => Promise<RelationshipView>): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      onView(await call());
    } catch (e) {
      // 409: the round changed under this page (the other person acted first); show where it stands now.
      if (e instanceof ApiError && e.status === 409) await api.relationship(relationshipId).then(onView, () => setError(friendlyError(e)));
      else setError(friendlyError(e));
    } finally {
      setBusy(false);
    }
  }

  return { run, busy, error };
}
