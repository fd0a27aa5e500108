import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { api, friendlyError } from '../api';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { pathFor } from '../router';
import { EmailReminders } from '../time/EmailReminders';

/** Download everything, sign out of this device, or delete everything about me. */
export function YourData({ onSignedOut }: { onSignedOut: (words: string) => void }) {
  const intl = useIntl();
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
    setExportState({ busy: true, message: intl.formatMessage({ id: 'screens.YourData.preparing' }), error: null });
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
      setExportState({ busy: false, message: intl.formatMessage({ id: 'screens.YourData.downloaded' }, { fileName }), error: null });
    } catch (e) {
      setExportState({ busy: false, message: '', error: friendlyError(e, intl) });
    }
  }

  async function deleteEverything() {
    setDeleting('busy');
    setDeleteError(null);
    try {
      await api.deleteMe();
      onSignedOut(intl.formatMessage({ id: 'screens.YourData.deleted' }));
    } catch (e) {
      setDeleteError(friendlyError(e, intl));
      setDeleting('asking');
    }
  }

  return (
    <div className="screen your-data">
      <Heading>
        <FormattedMessage id="screens.YourData.title" />
      </Heading>
      <p className="lead">
        <FormattedMessage id="screens.YourData.lead" />
      </p>

      <section className="panel" aria-labelledby="export-title">
        <h2 id="export-title">
          <FormattedMessage id="screens.YourData.exportTitle" />
        </h2>
        <p>
          <FormattedMessage id="screens.YourData.exportLead" />
        </p>
        {exportState.error && (
          <p className="form-error" role="alert">
            {exportState.error}
          </p>
        )}
        <button type="button" onClick={download} disabled={exportState.busy}>
          <FormattedMessage id="screens.YourData.download" />
        </button>
        <p role="status" className="status-line">
          {exportState.message}
        </p>
      </section>

      <EmailReminders />

      <section className="panel" aria-labelledby="sign-out-title">
        <h2 id="sign-out-title">
          <FormattedMessage id="screens.YourData.signOutTitle" />
        </h2>
        <p>
          <FormattedMessage id="screens.YourData.signOutLead" values={{ link: (chunks) => <Link href={pathFor.link()}>{chunks}</Link> }} />
        </p>
        <button type="button" onClick={() => onSignedOut(intl.formatMessage({ id: 'screens.YourData.signedOut' }))}>
          <FormattedMessage id="screens.YourData.signOut" />
        </button>
      </section>

      <section className="panel" aria-labelledby="delete-title">
        <h2 id="delete-title">
          <FormattedMessage id="screens.YourData.deleteTitle" />
        </h2>
        <p>
          <FormattedMessage id="screens.YourData.deleteLead" />
        </p>
        <p>
          <FormattedMessage id="screens.YourData.othersKeep" />
        </p>
        <p>
          <FormattedMessage id="screens.YourData.leaveOne" values={{ 
              download: (chunks) => (
                <button type="button" className="link-button" onClick={download} disabled={exportState.busy}>
                  {chunks}
                </button>
              ),
             }} />
        </p>
        {deleteError && (
          <p className="form-error" role="alert">
            {deleteError}
          </p>
        )}
        {deleting === 'no' ? (
          <button type="button" className="danger" onClick={() => setDeleting('asking')}>
            <FormattedMessage id="screens.YourData.deleteAsk" />
          </button>
        ) : (
          <div className="panel" role="group" aria-labelledby="delete-confirm-title">
            <h3 id="delete-confirm-title">
              <FormattedMessage id="screens.YourData.deleteConfirm" values={{ named: name ? 'yes' : 'no', name: <bdi>{name}</bdi> }} />
            </h3>
            <p>
              <FormattedMessage id="screens.YourData.lastStep" />
            </p>
            <div className="button-row">
              <button type="button" className="danger primary" onClick={deleteEverything} disabled={deleting === 'busy'}>
                {deleting === 'busy' ? <FormattedMessage id="screens.YourData.deleting" /> : <FormattedMessage id="screens.YourData.yesDelete" />}
              </button>
              <button type="button" onClick={() => setDeleting('no')} disabled={deleting === 'busy'}>
                <FormattedMessage id="screens.YourData.keep" />
              </button>
            </div>
          </div>
        )}
      </section>
    </div>
  );
}
