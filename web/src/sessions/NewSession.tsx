import { useId, useState, type FormEvent } from 'react';
import { ApiError, friendlyError } from '../api';
import { FieldError } from '../components/FieldError';
import { Heading } from '../components/Heading';
import { navigate, pathFor } from '../router';
import { LIMITS, validateText } from '../validation';
import { sessionApi } from './sessionApi';
import type { SessionKind } from './types';
import { useAction } from '../useAction';

/** A facilitator starts a session: its title, and whether it is a couple or a family. */
export function NewSession() {
  const titleId = useId();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<SessionKind>('couple');
  const [titleError, setTitleError] = useState<string | null>(null);
  // A 400 names the title beside it; anything else shows above the form.
  const { run, busy, error: problem, setError: setProblem } = useAction((ex) => {
    const field = ex instanceof ApiError ? ex.fieldErrors.title : undefined;
    if (!field) return friendlyError(ex);
    setTitleError(field.join(' '));
    return null;
  });

  async function start(e: FormEvent) {
    e.preventDefault();
    const err = validateText(title, LIMITS.label, 'a title', true);
    setTitleError(err);
    setProblem(null);
    if (err) return;
    await run(async () => {
      const view = await sessionApi.create(title.trim(), kind);
      navigate(pathFor.session(view.sessionId));
    });
  }

  return (
    <div className="screen">
      <Heading>Start a facilitated session</Heading>
      <p className="lead">
        You run the session; the people in it each reflect privately on their relationship. You see who has finished,
        never what anyone wrote, until you open a pair: then the two of them and you see both perspectives at the same
        moment. You never rate, and you never see what someone keeps “only for me”.
      </p>
      <form onSubmit={start} noValidate className="panel">
        <div className="field">
          <label htmlFor={titleId}>Title</label>
          <p className="hint" id={`${titleId}-hint`}>
            The people in the session see it, for example “The Rivera family” or “Sam and Alex”.
          </p>
          <input
            id={titleId}
            type="text"
            maxLength={LIMITS.label}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            aria-invalid={titleError ? true : undefined}
            aria-describedby={`${titleId}-hint${titleError ? ` ${titleId}-error` : ''}`}
            required
          />
          <FieldError id={`${titleId}-error`} messages={titleError} />
        </div>
        <fieldset>
          <legend>Who takes part</legend>
          <div className="choice-list">
          <label className="choice">
            <input type="radio" name="session-kind" value="couple" checked={kind === 'couple'} onChange={() => setKind('couple')} />
            <span>
              <strong>A couple</strong>
              <span className="choice-hint">Two people, one relationship.</span>
            </span>
          </label>
          <label className="choice">
            <input type="radio" name="session-kind" value="family" checked={kind === 'family'} onChange={() => setKind('family')} />
            <span>
              <strong>A family</strong>
              <span className="choice-hint">Up to eight people; every pair of them, or the pairs you choose.</span>
            </span>
          </label>
          </div>
        </fieldset>
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Starting…' : 'Start the session'}
        </button>
      </form>
    </div>
  );
}
