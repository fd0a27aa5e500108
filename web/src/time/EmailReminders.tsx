import { useEffect, useState } from 'react';
import { api, ApiError, friendlyError } from '../api';
import './time.css';
import { useAction } from '../useAction';

/**
 * An email address for reminders: never shown to anyone, at most one email a day, nothing anyone wrote. A new address
 * is confirmed from a link emailed to it (the server's /confirm-email page) before any reminder goes there.
 */
export function EmailReminders() {
  const [loaded, setLoaded] = useState(false);
  const [available, setAvailable] = useState(true);
  const [email, setEmail] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  // A 400 is about the address typed.
  const { run, busy, error } = useAction((err) =>
    err instanceof ApiError && err.status === 400
      ? (err.fieldErrors.email?.[0] ?? 'That doesn’t look like an email address. Please check it.')
      : friendlyError(err),
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
          ? `We sent an email to ${saved.pendingEmail}. Please open the link in it to confirm: reminders start once you confirm.`
          : `Reminders will go to ${saved.email}.`,
      );
    });
  }

  async function remove() {
    await run(async () => {
      await api.removeEmail();
      setEmail(null);
      setPending(null);
      setMessage('Your email address is removed. No more reminders will come.');
    });
  }

  if (!loaded) return null;
  return (
    <section className="panel" aria-labelledby="reminders-title">
      <h2 id="reminders-title">Reminders by email</h2>
      {available ? (
        <>
          <p>
            If you like, we can tell you when the other person has finished, when a check-in is ready to open together, and when
            an agreed check-in is due.
          </p>
          <ul>
            <li>Your address is never shown to anyone, not even the people you reflect with.</li>
            <li>At most one email a day.</li>
            <li>Never any of what you or anyone else wrote: only that something is waiting.</li>
            <li>Every email has a link to stop them at once, and you can remove your address here at any time.</li>
          </ul>
        </>
      ) : (
        <p>
          This Reciprocity service doesn’t send emails, so there are no reminders here. Come back whenever it suits you:
          everything waits for you.
        </p>
      )}
      {email && (
        <p>
          {available ? 'Reminders go to ' : 'An address is still kept for reminders: '}
          <strong>{email}</strong>.{' '}
          <button type="button" disabled={busy} onClick={() => void remove()}>
            Remove my email address
          </button>
        </p>
      )}
      {available && pending && (
        <p>
          Waiting for you to confirm <strong>{pending}</strong>: open the link in the email we sent there (it works for a
          day). Nothing else is sent to it until you do.
        </p>
      )}
      {!available && pending && !email && (
        <p>
          An address is kept until it can be confirmed, and nothing is sent to it: <strong>{pending}</strong>.{' '}
          <button type="button" disabled={busy} onClick={() => void remove()}>
            Remove my email address
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
              <label htmlFor="reminder-email">{email ? 'Use another email address' : 'Your email address'}</label>
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
              {email ? 'Use this address' : 'Send me reminders'}
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
