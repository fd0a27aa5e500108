import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { pathFor } from '../router';

export function LinkLost({ onStartOver }: { onStartOver: () => void }) {
  return (
    <div className="screen">
      <Heading>This link no longer opens your reflections</Heading>
      <p className="lead">
        The personal link this browser remembers has stopped working. This happens when a new link was made, for
        example on another device, or when everything was deleted.
      </p>
      <p>If you made a new link, open it here and you’ll be right back where you were.</p>
      <p>
        If you confirmed an email address in Reciprocity, we can send you a link that signs you in here:{' '}
        <Link href={pathFor.signIn()}>Sign in with your email</Link>.
      </p>
      <p>
        Otherwise you can start again under a new name. This browser can’t show anything written under the old link; if
        it was deleted, it is gone for good.
      </p>
      <button type="button" onClick={onStartOver}>
        Start again with a new name
      </button>
    </div>
  );
}
