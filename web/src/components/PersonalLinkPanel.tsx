import { FormattedMessage, useIntl } from 'react-intl';
import { personalLink } from '../identity';
import { CopyField } from './CopyField';
import { QrCode } from './QrCode';

/** The access key as a personal link: the only way back to these answers on another device. */
export function PersonalLinkPanel({ accessKey, title }: { accessKey: string; title?: string }) {
  const intl = useIntl();
  const link = personalLink(window.location.origin, accessKey);
  return (
    <section className="panel" aria-labelledby="personal-link-title">
      <h2 id="personal-link-title">{title ?? intl.formatMessage({ id: 'components.PersonalLinkPanel.title' })}</h2>
      <p>
        <FormattedMessage id="components.PersonalLinkPanel.noPasswords" />
      </p>
      <p>
        <FormattedMessage id="components.PersonalLinkPanel.keepPrivate" />
      </p>
      <CopyField label={intl.formatMessage({ id: 'components.PersonalLinkPanel.linkLabel' })} value={link} />
      <figure className="qr-figure">
        <QrCode text={link} label={intl.formatMessage({ id: 'components.PersonalLinkPanel.qrLabel' })} />
        <figcaption>
          <FormattedMessage id="components.PersonalLinkPanel.qrCaption" />
        </figcaption>
      </figure>
    </section>
  );
}
