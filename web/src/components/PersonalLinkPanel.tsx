import { personalLink } from '../identity';
import { CopyField } from './CopyField';
import { QrCode } from './QrCode';

/** The access key as a personal link: the only way back to these answers on another device. */
export function PersonalLinkPanel({ accessKey, title = 'Your personal link' }: { accessKey: string; title?: string }) {
  const link = personalLink(window.location.origin, accessKey);
  return (
    <section className="panel" aria-labelledby="personal-link-title">
      <h2 id="personal-link-title">{title}</h2>
      <p>
        There are no passwords here. This link is your way back in: open it on another phone or computer and you’ll be
        you there too. Keep it somewhere private, like a password manager or a note only you can read.
      </p>
      <p>Anyone with this link can read your answers, so please don’t share it. If it ever leaks, you can make a new one.</p>
      <CopyField label="Personal link" value={link} />
      <figure className="qr-figure">
        <QrCode text={link} label="QR code of your personal link" />
        <figcaption>To open it on another phone, scan this code with that phone’s camera.</figcaption>
      </figure>
    </section>
  );
}
