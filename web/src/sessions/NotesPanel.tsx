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
    const err = validateText(notes, NOTES_LIMIT, 'your notes');
    setError(err);
    setMessage('');
    if (err) return;
    await run(async () => {
      const next = await sessionApi.saveNotes(view.sessionId, notes);
      setSaved(next.notes ?? notes);
      onView(next);
      setMessage('Saved.');
    });
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your notes</h2>
      <div className="field">
        <label htmlFor={id}>Notes on check-in {view.checkIn}</label>
        <p className="hint" id={`${id}-hint`}>
          Only you can read these. Nobody in the session ever sees them; the report of this check-in holds them only if
          you choose. Each check-in has its own notes.
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
          Save notes
        </button>
        <span className="status-line" role="status">
          {message}
        </span>
      </p>
      {earlier.map((e) => (
        <details key={e.checkIn} className="earlier-notes">
          <summary>Your notes on check-in {e.checkIn}</summary>
          {e.notes.trim() === '' ? <p className="muted">No notes.</p> : <p className="kept-notes">{e.notes}</p>}
        </details>
      ))}
    </section>
  );
}
