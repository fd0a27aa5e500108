import { useState } from 'react';
import { api } from '../api';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { OneFieldForm } from '../components/OneFieldForm';
import { pathFor } from '../router';

/** Asks for a one-time sign-in link to a confirmed address. The answer is the same whether or not the address is known. */
export function SignInByEmail() {
  const [sent, setSent] = useState<string | null>(null);

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
      <OneFieldForm
        label="Your email address"
        field="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        maxLength={254}
        submitLabel="Send me a link"
        validate={(email) => (email.trim() ? null : 'Please give the email address you confirmed in Reciprocity.')}
        send={async (email) => {
          await api.askSignInLink(email);
          setSent(email);
        }}
      />
      <p>
        No email address in Reciprocity? Open your personal link on this device instead, or{' '}
        <Link href={pathFor.home()}>start here</Link>.
      </p>
    </div>
  );
}
