import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { api, friendlyError } from '../api';
import { Heading } from '../components/Heading';
import { PersonalLinkPanel } from '../components/PersonalLinkPanel';
import { useAction } from '../useAction';

export function PersonalLinkScreen({ accessKey, onRotated }: { accessKey: string; onRotated: (key: string) => void }) {
  const intl = useIntl();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  // The refusal is said where the outcome is.
  const { run, busy } = useAction((e) => {
    setMessage(friendlyError(e, intl));
    return null;
  });

  async function rotate() {
    await run(async () => {
      const { accessKey: next } = await api.rotateKey();
      onRotated(next);
      setMessage(intl.formatMessage({ id: 'screens.PersonalLinkScreen.done' }));
      setConfirming(false);
    });
  }

  return (
    <div className="screen">
      <Heading>
        <FormattedMessage id="screens.PersonalLinkScreen.title" />
      </Heading>
      <PersonalLinkPanel accessKey={accessKey} title={intl.formatMessage({ id: 'screens.PersonalLinkScreen.panelTitle' })} />
      <section className="panel" aria-labelledby="new-link-title">
        <h2 id="new-link-title">
          <FormattedMessage id="screens.PersonalLinkScreen.newTitle" />
        </h2>
        <p>
          <FormattedMessage id="screens.PersonalLinkScreen.newLead" />
        </p>
        {confirming ? (
          <div className="button-row">
            <button type="button" className="primary" onClick={rotate} disabled={busy}>
              <FormattedMessage id="screens.PersonalLinkScreen.yes" />
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              <FormattedMessage id="screens.PersonalLinkScreen.keep" />
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            <FormattedMessage id="screens.PersonalLinkScreen.make" />
          </button>
        )}
        <p role="status" className="status-line">
          {message}
        </p>
      </section>
    </div>
  );
}
