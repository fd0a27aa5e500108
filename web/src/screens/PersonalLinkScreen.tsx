import { useState } from 'react';
import { api, friendlyError } from '../api';
import { Heading } from '../components/Heading';
import { PersonalLinkPanel } from '../components/PersonalLinkPanel';
import { useAction } from '../useAction';

export function PersonalLinkScreen({ accessKey, onRotated }: { accessKey: string; onRotated: (key: string) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  // The refusal is said where the outcome is.
  const { run, busy } = useAction((e) => {
    setMessage(friendlyError(e));
    return null;
  });

  async function rotate() {
    await run(async () => {
      const { accessKey: next } = await api.rotateKey();
      onRotated(next);
      setMessage('Done. Here is your new link; the old one no longer works.');
      setConfirming(false);
    });
  }

  return (
    <div className="screen">
      <Heading>Your personal link</Heading>
      <PersonalLinkPanel accessKey={accessKey} title="Keep it somewhere private" />
      <section className="panel" aria-labelledby="new-link-title">
        <h2 id="new-link-title">Make a new link</h2>
        <p>If someone else may have seen your link, make a new one. The old link stops working at once, on every device.</p>
        {confirming ? (
          <div className="button-row">
            <button type="button" className="primary" onClick={rotate} disabled={busy}>
              Yes, make a new link
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep my link
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Make a new link…
          </button>
        )}
        <p role="status" className="status-line">
          {message}
        </p>
      </section>
    </div>
  );
}
