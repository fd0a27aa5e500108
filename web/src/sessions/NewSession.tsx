import { FormattedMessage, useIntl } from 'react-intl';
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
  const intl = useIntl();
  const titleId = useId();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<SessionKind>('couple');
  const [titleError, setTitleError] = useState<string | null>(null);
  // A 400 names the title beside it; anything else shows above the form.
  const { run, busy, error: problem, setError: setProblem } = useAction((ex) => {
    const field = ex instanceof ApiError ? ex.fieldErrors.title : undefined;
    if (!field) return friendlyError(ex, intl);
    setTitleError(field.join(' '));
    return null;
  });

  async function start(e: FormEvent) {
    e.preventDefault();
    const err = validateText(title, LIMITS.label, 'a title', true, intl);
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
      <Heading>
        <FormattedMessage id="sessions.NewSession.heading" />
      </Heading>
      <p className="lead">
        <FormattedMessage id="sessions.NewSession.lead" />
      </p>
      <form onSubmit={start} noValidate className="panel">
        <div className="field">
          <label htmlFor={titleId}>
            <FormattedMessage id="sessions.NewSession.title" />
          </label>
          <p className="hint" id={`${titleId}-hint`}>
            <FormattedMessage id="sessions.NewSession.titleHint" />
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
          <legend>
          <FormattedMessage id="sessions.NewSession.who" />
        </legend>
          <div className="choice-list">
          <label className="choice">
            <input type="radio" name="session-kind" value="couple" checked={kind === 'couple'} onChange={() => setKind('couple')} />
            <span>
              <strong>
                <FormattedMessage id="sessions.NewSession.couple" />
              </strong>
              <span className="choice-hint">
                <FormattedMessage id="sessions.NewSession.coupleHint" />
              </span>
            </span>
          </label>
          <label className="choice">
            <input type="radio" name="session-kind" value="family" checked={kind === 'family'} onChange={() => setKind('family')} />
            <span>
              <strong>
                <FormattedMessage id="sessions.NewSession.family" />
              </strong>
              <span className="choice-hint">
                <FormattedMessage id="sessions.NewSession.familyHint" />
              </span>
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
          <FormattedMessage id={busy ? 'sessions.NewSession.starting' : 'sessions.NewSession.start'} />
        </button>
      </form>
    </div>
  );
}
