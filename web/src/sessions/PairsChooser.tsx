import { useId, useState } from 'react';
import { choiceBody, isUnchanged, pairOptions, toggle, type PairOption } from './pairing';
import { sessionApi } from './sessionApi';
import type { SessionView } from './types';
import { useAction } from '../useAction';

/** A family session's pairs: every pair to begin with, or the ones the facilitator chooses. */
export function PairsChooser({ view, onView }: { view: SessionView; onView: (v: SessionView) => void }) {
  const id = useId();
  const [options, setOptions] = useState<PairOption[]>(() => pairOptions(view.participants, view.pairs));
  const { run, busy, error: problem } = useAction();
  const [message, setMessage] = useState('');

  // The people or the pairs changed (on this board or elsewhere): start again from what the session holds.
  const shape = view.participants.map((p) => p.seatId).join(',') + '/' + view.pairs.map((p) => p.pairId).join(',');
  const [optionsFrom, setOptionsFrom] = useState(shape);
  if (optionsFrom !== shape) {
    setOptionsFrom(shape);
    setOptions(pairOptions(view.participants, view.pairs));
  }

  // Once every pair has begun there is nothing left to choose here: a pair is left out on the board instead.
  if (options.length < 2 || options.every((o) => o.locked)) return null;

  async function save() {
    setMessage('');
    await run(async () => {
      onView(await sessionApi.choosePairs(view.sessionId, choiceBody(options)));
      setMessage('Saved.');
    });
  }

  const unchanged = isUnchanged(options, view.pairs);
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Which pairs reflect together</h2>
      <p>
        Every pair of the family, to begin with. You can take a pair out here, for example when a conversation between
        those two is not for this room, until both of them have taken their seats. After that the pair has begun: you
        can still leave it out, on its card among the pairs.
      </p>
      <fieldset>
        <legend className="visually-hidden">Pairs</legend>
        <div className="choice-list">
          {options.map((o) => (
            <label key={o.key} className="choice">
              <input
                type="checkbox"
                checked={o.chosen}
                disabled={o.locked || busy}
                onChange={() => setOptions((all) => toggle(all, o.key))}
              />
              <span>
                {o.names[0]} and {o.names[1]}
                {o.locked && (
                  <span className="choice-hint">{o.leftOut ? 'Left out of this session.' : 'Begun: to leave it out, use its card among the pairs.'}</span>
                )}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <p className="button-row">
        <button type="button" onClick={save} disabled={busy || unchanged}>
          Keep these pairs
        </button>
        <button type="button" className="link-button" onClick={() => setOptions((all) => all.map((o) => ({ ...o, chosen: true })))} disabled={busy}>
          Every pair
        </button>
        <span className="status-line" role="status">
          {message}
        </span>
      </p>
    </section>
  );
}
