import { useSyncExternalStore } from 'react';
import { useIntl } from 'react-intl';
import { live } from '../hub';
import { connectionWords, type ConnectionState } from '../status';

export function useConnectionState(): ConnectionState {
  return useSyncExternalStore(
    (changed) => live.onState(changed),
    () => live.connectionState,
  );
}

/** Always visible while a screen is live: a quiet "Live" pill, or a clear banner when the link drops. */
export function ConnectionStatus() {
  const state = useConnectionState();
  const intl = useIntl();
  return (
    <p className={`connection connection-${state}`} role="status" data-connection={state}>
      <span className="dot" aria-hidden="true" />
      {connectionWords(intl, state)}
    </p>
  );
}
