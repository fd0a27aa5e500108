import { useEffect } from 'react';
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
        Quick exit
      </button>
      <span id="quick-exit-hint" className="visually-hidden">
        Leaves at once for an everyday website. It forgets your personal key and unsent words kept on this device, and
        steps back over this app’s pages in this tab. Your browser’s history list is yours to clear. You can also press
        Escape three times.
      </span>
    </>
  );
}
