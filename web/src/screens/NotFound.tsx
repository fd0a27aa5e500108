import { FormattedMessage } from 'react-intl';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { pathFor } from '../router';

export function NotFound() {
  return (
    <div className="screen">
      <Heading>
        <FormattedMessage id="screens.NotFound.title" />
      </Heading>
      <p>
        <FormattedMessage id="screens.NotFound.lead" values={{ link: (chunks) => <Link href={pathFor.home()}>{chunks}</Link> }} />
      </p>
    </div>
  );
}
