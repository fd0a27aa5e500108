import { useState } from 'react';
import { api, ApiError, friendlyError } from '../api';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { navigate, pathFor } from '../router';
import { deviceSecretFor } from './deviceSecret';
import { useAction } from '../useAction';

/**
 * The page a sign-in email's link opens. Opening it changes nothing (mail scanners open links): only the button,
 * pressed by a person, uses the link.
 */
export function SignInLink({ token, onSignedIn }: { token: string; onSignedIn: (key: string) => void }) {
  const [spent, setSpent] = useState(false);
  // 404: used already, or too old; the page says so instead.
  const { run, busy, error } = useAction((err) => {
    if (!(err instanceof ApiError && err.status === 404)) return friendlyError(err);
    setSpent(true);
    return null;
  });

  async function signIn() {
    await run(async () => {
      const { accessKey } = await api.completeSignIn(token, deviceSecretFor(token));
      onSignedIn(accessKey);
      navigate(pathFor.home(), true);
    });
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
