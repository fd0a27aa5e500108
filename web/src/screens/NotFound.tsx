import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { pathFor } from '../router';

export function NotFound() {
  return (
    <div className="screen">
      <Heading>We couldn’t find that page</Heading>
      <p>
        The link may be incomplete. <Link href={pathFor.home()}>Go to your relationships</Link>.
      </p>
    </div>
  );
}
