import { useId, useState, type FormEvent } from 'react';
import { api, ApiError, friendlyError } from '../api';
import { FieldError } from '../components/FieldError';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { pathFor } from '../router';

/** Asks for a one-time sign-in link to a confirmed address. The answer is the same whether or not the address is known. */
export function SignInByEmail() {
  const emailId = useId();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setFormError(null);
    if (!email.trim()) {
      setError('Please give the email address you confirmed in Reciprocity.');
      return;
    }
    setBusy(true);
    try {
      await api.askSignInLink(email.trim());
      setSent(email.trim());
    } catch (err) {
      const field = err instanceof ApiError ? err.fieldErrors.email : undefined;
      if (field) setError(field.join(' '));
      else setFormError(friendlyError(err));
    } finally {
      setBusy(false);
    }
  }

  if (sent) {
    return (
      <div className="screen">
        <Heading>Look in your inbox</Heading>
        <p className="lead" role="status">
          If {sent} is the address you confirmed in Reciprocity, a link to sign in is on its way to it.
        </p>
        <p>
          Open it on this device within 15 minutes and press the button on the page it opens. The link works once. Your
          personal link and your other devices keep working.
        </p>
        <p>Nothing there after a few minutes? Look in your spam folder, or ask again.</p>
        <p>
          <button type="button" onClick={() => setSent(null)}>
            Ask for another link
          </button>
        </p>
      </div>
    );
  }

  return (
    <div className="screen">
      <Heading>Sign in with your email</Heading>
      <p className="lead">
        If you confirmed an email address in Reciprocity, we can send a link to it that signs you in on this device.
      </p>
      <form onSubmit={submit} noValidate className="panel">
        <div className="field">
          <label htmlFor={emailId}>Your email address</label>
          <input
            id={emailId}
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            maxLength={254}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${emailId}-error` : undefined}
            required
          />
          <FieldError id={`${emailId}-error`} messages={error} />
        </div>
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Just a moment…' : 'Send me a link'}
        </button>
      </form>
      <p>
        No email address in Reciprocity? Open your personal link on this device instead, or{' '}
        <Link href={pathFor.home()}>start here</Link>.
      </p>
    </div>
  );
}
