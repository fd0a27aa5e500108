import { saveStateWords, type SaveState } from './draftSaver';

export function SaveIndicator({ state }: { state: SaveState }) {
  return (
    <p className={`save-state save-${state.kind}`} role="status" data-save-state={state.kind}>
      {state.kind === 'saved' && <span aria-hidden="true">✓ </span>}
      {saveStateWords(state)}
    </p>
  );
}
