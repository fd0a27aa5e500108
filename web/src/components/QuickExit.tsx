import { useEffect } from 'react';
import { FormattedMessage } from 'react-intl';
import { escapeCounter, quickExit } from '../help';

/** On every screen: leave for a neutral page at once (also: Escape three times), leaving nothing of this app behind. */
export function QuickExit() {
  useEffect(() => {
    const third = escapeCounter();
    const onKey = (e: KeyboardEvent) => {
      if (third(e.key)) quickExit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button type="button" className="quick-exit" onClick={() => quickExit()} aria-describedby="quick-exit-hint">
        <FormattedMessage id="components.QuickExit.button" />
      </button>
      <span id="quick-exit-hint" className="visually-hidden">
        <FormattedMessage id="components.QuickExit.hint" />
      </span>
    </>
  );
}
