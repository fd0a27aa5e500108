import { useState } from 'react';
import { api, ApiError, friendlyError } from '../api';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { navigate, pathFor } from '../router';
import { deviceSecretFor } from './deviceSecret';

/**
 * The page a sign-in email's link opens. Opening it changes nothing (mail scanners open links): only the button,
 * pressed by a person, uses the link.
 */
export function SignInLink({ token, onSignedIn }: { token: string; onSignedIn: (key: string) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [spent, setSpent] = useState(false);

  async function signIn() {
    setBusy(true);
    setError(null);
    try {
      const { accessKey } = await api.completeSignIn(token, deviceSecretFor(token));
      onSignedIn(accessKey);
      navigate(pathFor.home(), true);
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) setSpent(true);
      else setError(friendlyError(err));
    } finally {
      setBusy(false);
    }
  }

  if (spent) {
    return (
      <div className="screen">
        <Heading>This link no longer works</Heading>
        <p className="lead">It may have been used already, or be more than 15 minutes old.</p>
        <p>
          <Link href={pathFor.signIn()}>Ask for a new link</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="screen">
      <Heading>Sign in on this device?</Heading>
      <p className="lead">
        This link signs you in to Reciprocity here. Your personal link and your other devices keep working.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <p>
        <button type="button" className="primary" onClick={() => void signIn()} disabled={busy}>
          {busy ? 'Just a moment…' : 'Sign in on this device'}
        </button>
      </p>
      <p>If you did not ask for this, close this page: nothing happens without the button.</p>
    </div>
  );
}
