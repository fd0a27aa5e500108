import { FormattedMessage, useIntl } from 'react-intl';
import { useId, useState } from 'react';
import { choiceBody, isUnchanged, pairOptions, toggle, type PairOption } from './pairing';
import { sessionApi } from './sessionApi';
import type { SessionView } from './types';
import { useAction } from '../useAction';

/** A family session's pairs: every pair to begin with, or the ones the facilitator chooses. */
export function PairsChooser({ view, onView }: { view: SessionView; onView: (v: SessionView) => void }) {
  const intl = useIntl();
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
      setMessage(intl.formatMessage({ id: 'sessions.saved' }));
    });
  }

  const unchanged = isUnchanged(options, view.pairs);
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <FormattedMessage id="sessions.PairsChooser.title" />
      </h2>
      <p>
        <FormattedMessage id="sessions.PairsChooser.about" />
      </p>
      <fieldset>
        <legend className="visually-hidden">
          <FormattedMessage id="sessions.PairsChooser.legend" />
        </legend>
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
                <FormattedMessage id="sessions.pair.names" values={{ a: <bdi>{o.names[0]}</bdi>, b: <bdi>{o.names[1]}</bdi> }} />
                {o.locked && (
                  <span className="choice-hint">
                    <FormattedMessage id={o.leftOut ? 'sessions.PairsChooser.leftOut' : 'sessions.PairsChooser.begun'} />
                  </span>
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
          <FormattedMessage id="sessions.PairsChooser.save" />
        </button>
        <button type="button" className="link-button" onClick={() => setOptions((all) => all.map((o) => ({ ...o, chosen: true })))} disabled={busy}>
          <FormattedMessage id="sessions.PairsChooser.everyPair" />
        </button>
        <span className="status-line" role="status">
          {message}
        </span>
      </p>
    </section>
  );
}
