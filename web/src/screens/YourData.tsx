import { useEffect, useState } from 'react';
import { api, friendlyError } from '../api';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { pathFor } from '../router';
import { EmailReminders } from '../time/EmailReminders';

/** Download everything, sign out of this device, or delete everything about me. */
export function YourData({ onSignedOut }: { onSignedOut: (words: string) => void }) {
  const [name, setName] = useState<string | null>(null);
  const [exportState, setExportState] = useState<{ busy: boolean; message: string; error: string | null }>({ busy: false, message: '', error: null });
  const [deleting, setDeleting] = useState<'no' | 'asking' | 'busy'>('no');
  const [deleteError, setDeleteError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    api.me().then(
      (m) => alive && setName(m.displayName),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, []);

  async function download() {
    setExportState({ busy: true, message: 'Preparing your file…', error: null });
    try {
      const { blob, fileName } = await api.exportMine();
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000); // the browser has taken the file by then
      setExportState({ busy: false, message: `Downloaded as ${fileName}.`, error: null });
    } catch (e) {
      setExportState({ busy: false, message: '', error: friendlyError(e) });
    }
  }

  async function deleteEverything() {
    setDeleting('busy');
    setDeleteError(null);
    try {
      await api.deleteMe();
      onSignedOut('Everything about you has been deleted, and this browser has forgotten you. Take care.');
    } catch (e) {
      setDeleteError(friendlyError(e));
      setDeleting('asking');
    }
  }

  return (
    <div className="screen your-data">
      <Heading>Your data</Heading>
      <p className="lead">What you write is yours: take a copy, leave this device, or delete it all.</p>

      <section className="panel" aria-labelledby="export-title">
        <h2 id="export-title">Download everything</h2>
        <p>
          One file (JSON) with everything you wrote, drafts and private notes included, and everything that was opened to
          you. Of anyone else’s words, it holds only what was opened to you. Keep it somewhere private.
        </p>
        {exportState.error && (
          <p className="form-error" role="alert">
            {exportState.error}
          </p>
        )}
        <button type="button" onClick={download} disabled={exportState.busy}>
          Download my data
        </button>
        <p role="status" className="status-line">
          {exportState.message}
        </p>
      </section>

      <EmailReminders />

      <section className="panel" aria-labelledby="sign-out-title">
        <h2 id="sign-out-title">Sign out of this device</h2>
        <p>
          This browser forgets you: your key and every unsent copy of your answers are removed from it. Your personal link
          still works: open it on any device, or here again, to come back. Make sure you have{' '}
          <Link href={pathFor.link()}>your personal link</Link> before you sign out.
        </p>
        <button type="button" onClick={() => onSignedOut('You’re signed out of this device. Your personal link still works whenever you want to come back.')}>
          Sign out of this device
        </button>
      </section>

      <section className="panel" aria-labelledby="delete-title">
        <h2 id="delete-title">Delete everything about me</h2>
        <p>
          You leave every relationship, and everything you wrote is deleted for good: your answers, notes, names and the
          relationships only you took part in. It cannot be undone, and your personal link stops working.
        </p>
        <p>
          The people you shared rounds with keep their own answers and the dates rounds opened, but nothing you wrote.
          What they already saw of rounds opened to them, they may have read, printed or saved; that cannot be taken back.
        </p>
        <p>
          To leave just one relationship, open it and choose “Stop reflecting on this here”. You may want to{' '}
          <button type="button" className="link-button" onClick={download} disabled={exportState.busy}>
            download your data
          </button>{' '}
          first.
        </p>
        {deleteError && (
          <p className="form-error" role="alert">
            {deleteError}
          </p>
        )}
        {deleting === 'no' ? (
          <button type="button" className="danger" onClick={() => setDeleting('asking')}>
            Delete everything about me…
          </button>
        ) : (
          <div className="panel" role="group" aria-labelledby="delete-confirm-title">
            <h3 id="delete-confirm-title">Delete everything{name ? ` about ${name}` : ''}, for good?</h3>
            <p>This is the last step. There is no undo.</p>
            <div className="button-row">
              <button type="button" className="danger primary" onClick={deleteEverything} disabled={deleting === 'busy'}>
                {deleting === 'busy' ? 'Deleting…' : 'Yes, delete everything'}
              </button>
              <button type="button" onClick={() => setDeleting('no')} disabled={deleting === 'busy'}>
                Keep my data
              </button>
            </div>
          </div>
        )}
      </section>
    </div>
  );
}
