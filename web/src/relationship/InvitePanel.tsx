import { FormattedMessage, useIntl } from 'react-intl';
import { useState } from 'react';
import { CopyField } from '../components/CopyField';
import { QrCode } from '../components/QrCode';

/** The invite: copy, share through the phone's own share sheet where there is one, or a QR code. */
export function InvitePanel({ url, partnerName }: { url: string; partnerName: string }) {
  const intl = useIntl();
  const [shareNote, setShareNote] = useState('');
  const who = { name: <bdi>{partnerName}</bdi>, named: partnerName ? 'yes' : 'no' };
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  async function share() {
    try {
      await navigator.share({
        title: 'Reciprocity',
        text: intl.formatMessage({ id: 'relationship.InvitePanel.shareText' }, { name: partnerName, named: partnerName ? 'yes' : 'no' }),
        url,
      });
      setShareNote(intl.formatMessage({ id: 'relationship.InvitePanel.shared' }));
    } catch {
      setShareNote('');
    }
  }

  return (
    <section className="panel" aria-labelledby="invite-title">
      <h2 id="invite-title">
        <FormattedMessage id="relationship.InvitePanel.title" values={who} />
      </h2>
      <p>
        <FormattedMessage id="relationship.InvitePanel.send" values={who} />
      </p>
      <CopyField label={intl.formatMessage({ id: 'relationship.InvitePanel.link' })} value={url} />
      {canShare && (
        <p>
          <button type="button" onClick={share}>
            <FormattedMessage id="relationship.InvitePanel.share" />
          </button>
          <span role="status" className="status-line">
            {shareNote}
          </span>
        </p>
      )}
      <figure className="qr-figure">
        <QrCode text={url} label={intl.formatMessage({ id: 'relationship.InvitePanel.qr' }, { name: partnerName, named: partnerName ? 'yes' : 'no' })} />
        <figcaption>
          <FormattedMessage id="relationship.InvitePanel.sameRoom" />
        </figcaption>
      </figure>
    </section>
  );
}
