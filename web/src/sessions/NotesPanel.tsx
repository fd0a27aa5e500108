import { FormattedMessage, useIntl } from 'react-intl';
import { useId, useState } from 'react';
import { FieldError } from '../components/FieldError';
import { validateText } from '../validation';
import { sessionApi } from './sessionApi';
import type { SessionView } from './types';
import { fieldFirst, useAction } from '../useAction';

export const NOTES_LIMIT = 8000;

/**
 * The facilitator's own notes, one set per check-in: this check-in's to write (a new check-in starts empty), the
 * earlier ones kept and readable. For their eyes only.
 */
export function NotesPanel({ view, onView }: { view: SessionView; onView: (v: SessionView) => void }) {
  const intl = useIntl();
  const id = useId();
  const [notes, setNotes] = useState(view.notes ?? '');
  const [saved, setSaved] = useState(view.notes ?? '');
  const [checkIn, setCheckIn] = useState(view.checkIn);
  // A new check-in (started here or on another device) begins with its own, empty notes.
  if (checkIn !== view.checkIn) {
    setCheckIn(view.checkIn);
    setNotes(view.notes ?? '');
    setSaved(view.notes ?? '');
  }
  const earlier = view.earlierNotes ?? [];
  const { run, busy, error, setError } = useAction(fieldFirst('notes'));
  const [message, setMessage] = useState('');

  async function save() {
    const err = validateText(notes, NOTES_LIMIT, 'your notes', false, intl);
    setError(err);
    setMessage('');
    if (err) return;
    await run(async () => {
      const next = await sessionApi.saveNotes(view.sessionId, notes);
      setSaved(next.notes ?? notes);
      onView(next);
      setMessage(intl.formatMessage({ id: 'sessions.saved' }));
    });
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <FormattedMessage id="sessions.NotesPanel.title" />
      </h2>
      <div className="field">
        <label htmlFor={id}>
          <FormattedMessage id="sessions.NotesPanel.label" values={{ checkIn: view.checkIn }} />
        </label>
        <p className="hint" id={`${id}-hint`}>
          <FormattedMessage id="sessions.NotesPanel.hint" />
        </p>
        <textarea
          id={id}
          rows={6}
          value={notes}
          onChange={(e) => {
            setNotes(e.target.value);
            setMessage('');
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        />
        <FieldError id={`${id}-error`} messages={error} />
      </div>
      <p className="button-row">
        <button type="button" onClick={save} disabled={busy || notes === saved}>
          <FormattedMessage id="sessions.NotesPanel.save" />
        </button>
        <span className="status-line" role="status">
          {message}
        </span>
      </p>
      {earlier.map((e) => (
        <details key={e.checkIn} className="earlier-notes">
          <summary>
            <FormattedMessage id="sessions.NotesPanel.earlier" values={{ checkIn: e.checkIn }} />
          </summary>
          {e.notes.trim() === '' ? (
            <p className="muted">
              <FormattedMessage id="sessions.NotesPanel.none" />
            </p>
          ) : (
            <p className="kept-notes" dir="auto">
              {e.notes}
            </p>
          )}
        </details>
      ))}
    </section>
  );
}
