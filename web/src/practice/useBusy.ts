// One form's request: busy while it runs, its error in kind words, and the field a 400 named.
import { useState } from 'react';
import { ApiError, friendlyError } from '../api';

export function useBusy() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(call: () => Promise<void>): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await call();
    } catch (e) {
      const field = e instanceof ApiError ? Object.values(e.fieldErrors)[0]?.[0] : undefined;
      setError(field ?? (e instanceof ApiError && e.status === 409 ? (e.problem.detail ?? friendlyError(e)) : friendlyError(e)));
    } finally {
      setBusy(false);
    }
  }

  return { run, busy, error };
}
