import { useState } from 'react';
import { CopyField } from '../components/CopyField';
import { QrCode } from '../components/QrCode';

/** The invite: copy, share through the phone's own share sheet where there is one, or a QR code. */
export function InvitePanel({ url, partnerName }: { url: string; partnerName: string }) {
  const [shareNote, setShareNote] = useState('');
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  async function share() {
    try {
      await navigator.share({
        title: 'Reciprocity',
        text: `${partnerName ? `${partnerName}, ` : ''}I’d like us each to reflect on our relationship, privately first, then together.`,
        url,
      });
      setShareNote('Shared.');
    } catch {
      setShareNote('');
    }
  }

  return (
    <section className="panel" aria-labelledby="invite-title">
      <h2 id="invite-title">Invite {partnerName || 'them'}</h2>
      <p>
        Send this link to {partnerName || 'them'} in a way you’d usually talk. It works once, for one person. Neither of
        you will see the other’s answers until you have both finished.
      </p>
      <CopyField label="Invite link" value={url} />
      {canShare && (
        <p>
          <button type="button" onClick={share}>
            Share…
          </button>
          <span role="status" className="status-line">
            {shareNote}
          </span>
        </p>
      )}
      <figure className="qr-figure">
        <QrCode text={url} label={`QR code of the invite link for ${partnerName || 'them'}`} />
        <figcaption>In the same room? Show them this code: they can scan it with their own phone’s camera.</figcaption>
      </figure>
    </section>
  );
}
