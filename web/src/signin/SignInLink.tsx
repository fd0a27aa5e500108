import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
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
  const { run, busy, error } = useAction((err, intl) => {
    if (!(err instanceof ApiError && err.status === 404)) return friendlyError(err, intl);
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
        <Heading>
          <FormattedMessage id="signin.SignInLink.spentTitle" />
        </Heading>
        <p className="lead">
          <FormattedMessage id="signin.SignInLink.spentLead" />
        </p>
        <p>
          <Link href={pathFor.signIn()}>
            <FormattedMessage id="signin.SignInLink.askNew" />
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="screen">
      <Heading>
        <FormattedMessage id="signin.SignInLink.title" />
      </Heading>
      <p className="lead">
        <FormattedMessage id="signin.SignInLink.lead" />
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <p>
        <button type="button" className="primary" onClick={() => void signIn()} disabled={busy}>
          {busy ? <FormattedMessage id="signin.SignInLink.busy" /> : <FormattedMessage id="signin.SignInLink.signIn" />}
        </button>
      </p>
      <p>
        <FormattedMessage id="signin.SignInLink.notYou" />
      </p>
    </div>
  );
}
