import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { api, ApiError, friendlyError } from '../api';
import './time.css';
import { useAction } from '../useAction';

/**
 * An email address for reminders: never shown to anyone, at most one email a day, nothing anyone wrote. A new address
 * is confirmed from a link emailed to it (the server's /confirm-email page) before any reminder goes there.
 */
export function EmailReminders() {
  const intl = useIntl();
  const [loaded, setLoaded] = useState(false);
  const [available, setAvailable] = useState(true);
  const [email, setEmail] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  // A 400 is about the address typed.
  const { run, busy, error } = useAction((err) =>
    err instanceof ApiError && err.status === 400
      ? (err.fieldErrors.email?.[0] ?? intl.formatMessage({ id: 'time.EmailReminders.invalid' }))
      : friendlyError(err, intl),
  );
  const [message, setMessage] = useState('');

  useEffect(() => {
    let alive = true;
    api.me().then(
      (m) => {
        if (!alive) return;
        setAvailable(m.remindersAvailable !== false);
        setEmail(m.email ?? null);
        setPending(m.pendingEmail ?? null);
        setLoaded(true);
      },
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, []);

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setMessage('');
    await run(async () => {
      const saved = await api.setEmail(typed.trim());
      setEmail(saved.email);
      setPending(saved.pendingEmail);
      setTyped('');
      setMessage(
        saved.pendingEmail
          ? intl.formatMessage({ id: 'time.EmailReminders.sent' }, { email: saved.pendingEmail })
          : intl.formatMessage({ id: 'time.EmailReminders.saved' }, { email: saved.email }),
      );
    });
  }

  async function remove() {
    await run(async () => {
      await api.removeEmail();
      setEmail(null);
      setPending(null);
      setMessage(intl.formatMessage({ id: 'time.EmailReminders.removed' }));
    });
  }

  if (!loaded) return null;
  return (
    <section className="panel" aria-labelledby="reminders-title">
      <h2 id="reminders-title">
        <FormattedMessage id="time.EmailReminders.title" />
      </h2>
      {available ? (
        <>
          <p>
            <FormattedMessage id="time.EmailReminders.about" />
          </p>
          <ul>
            <li>
              <FormattedMessage id="time.EmailReminders.neverShown" />
            </li>
            <li>
              <FormattedMessage id="time.EmailReminders.oneADay" />
            </li>
            <li>
              <FormattedMessage id="time.EmailReminders.nothingWritten" />
            </li>
            <li>
              <FormattedMessage id="time.EmailReminders.stop" />
            </li>
          </ul>
        </>
      ) : (
        <p>
          <FormattedMessage id="time.EmailReminders.unavailable" />
        </p>
      )}
      {email && (
        <p>
          <FormattedMessage
            id="time.EmailReminders.current"
            values={{ available: String(available), email: <strong dir="ltr">{email}</strong> }}
          />
          <button type="button" disabled={busy} onClick={() => void remove()}>
            <FormattedMessage id="time.EmailReminders.remove" />
          </button>
        </p>
      )}
      {available && pending && (
        <p>
          <FormattedMessage id="time.EmailReminders.pending" values={{ email: <strong dir="ltr">{pending}</strong> }} />
        </p>
      )}
      {!available && pending && !email && (
        <p>
          <FormattedMessage id="time.EmailReminders.kept" values={{ email: <strong dir="ltr">{pending}</strong> }} />
          <button type="button" disabled={busy} onClick={() => void remove()}>
            <FormattedMessage id="time.EmailReminders.remove" />
          </button>
        </p>
      )}
      {!available && error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {available && (
        <>
          <form className="email-form" onSubmit={(e) => void save(e)} noValidate>
            <div className="field">
              <label htmlFor="reminder-email">
                <FormattedMessage id={email ? 'time.EmailReminders.another' : 'time.EmailReminders.address'} />
              </label>
              <input
                id="reminder-email"
                type="email"
                autoComplete="email"
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? 'reminder-email-error' : undefined}
              />
            </div>
            {error && (
              <p className="form-error" id="reminder-email-error" role="alert">
                {error}
              </p>
            )}
            <button type="submit" className="primary" disabled={busy || typed.trim() === ''}>
              <FormattedMessage id={email ? 'time.EmailReminders.useThis' : 'time.EmailReminders.send'} />
            </button>
          </form>
        </>
      )}
      <p role="status" className="status-line">
        {message}
      </p>
    </section>
  );
}
