import { useIntl } from 'react-intl';
import { saveStateWords, type SaveState } from './draftSaver';

/** A mark, not a word: shown beside "Saved" in every language. */
const TICK = '✓ ';

export function SaveIndicator({ state }: { state: SaveState }) {
  const intl = useIntl();
  return (
    <p className={`save-state save-${state.kind}`} role="status" data-save-state={state.kind}>
      {state.kind === 'saved' && <span aria-hidden="true">{TICK}</span>}
      {saveStateWords(intl, state)}
    </p>
  );
}
