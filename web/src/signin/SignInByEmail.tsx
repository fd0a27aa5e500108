import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { api } from '../api';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { OneFieldForm } from '../components/OneFieldForm';
import { pathFor } from '../router';

/** Asks for a one-time sign-in link to a confirmed address. The answer is the same whether or not the address is known. */
export function SignInByEmail() {
  const intl = useIntl();
  const [sent, setSent] = useState<string | null>(null);

  if (sent) {
    return (
      <div className="screen">
        <Heading>
          <FormattedMessage id="signin.SignInByEmail.sentTitle" />
        </Heading>
        <p className="lead" role="status">
          <FormattedMessage id="signin.SignInByEmail.sentLead" values={{ email: <bdi>{sent}</bdi> }} />
        </p>
        <p>
          <FormattedMessage id="signin.SignInByEmail.sentHow" />
        </p>
        <p>
          <FormattedMessage id="signin.SignInByEmail.sentNothing" />
        </p>
        <p>
          <button type="button" onClick={() => setSent(null)}>
            <FormattedMessage id="signin.SignInByEmail.askAgain" />
          </button>
        </p>
      </div>
    );
  }

  return (
    <div className="screen">
      <Heading>
        <FormattedMessage id="signin.SignInByEmail.title" />
      </Heading>
      <p className="lead">
        <FormattedMessage id="signin.SignInByEmail.lead" />
      </p>
      <OneFieldForm
        label={intl.formatMessage({ id: 'signin.SignInByEmail.emailLabel' })}
        field="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        maxLength={254}
        submitLabel={intl.formatMessage({ id: 'signin.SignInByEmail.send' })}
        validate={(email) => (email.trim() ? null : intl.formatMessage({ id: 'signin.SignInByEmail.emailMissing' }))}
        send={async (email) => {
          await api.askSignInLink(email);
          setSent(email);
        }}
      />
      <p>
        <FormattedMessage
          id="signin.SignInByEmail.noEmail"
          values={{ start: (chunks) => <Link href={pathFor.home()}>{chunks}</Link> }}
        />
      </p>
    </div>
  );
}
