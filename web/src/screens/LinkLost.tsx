import { FormattedMessage } from 'react-intl';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { pathFor } from '../router';

export function LinkLost({ onStartOver }: { onStartOver: () => void }) {
  return (
    <div className="screen">
      <Heading>
        <FormattedMessage id="screens.LinkLost.title" />
      </Heading>
      <p className="lead">
        <FormattedMessage id="screens.LinkLost.lead" />
      </p>
      <p>
        <FormattedMessage id="screens.LinkLost.newLink" />
      </p>
      <p>
        <FormattedMessage id="screens.LinkLost.email" values={{ link: (chunks) => <Link href={pathFor.signIn()}>{chunks}</Link> }} />
      </p>
      <p>
        <FormattedMessage id="screens.LinkLost.startAgainLead" />
      </p>
      <button type="button" onClick={onStartOver}>
        <FormattedMessage id="screens.LinkLost.startAgain" />
      </button>
    </div>
  );
}
