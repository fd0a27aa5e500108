import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { api, friendlyError } from '../api';
import { Heading } from '../components/Heading';
import { HelpResources } from '../components/HelpResources';
import { Link } from '../components/Link';
import { PerspectiveList } from '../relationship/PerspectiveList';
import { isNamed, useOtherName } from '../relationship/otherName';
import { pathFor } from '../router';
import type { RelationshipView } from '../types';

/**
 * Help and safety. After a "no" to "do you feel safe sharing this?", it also shows the answers that stayed private,
 * now a reflection of this person's alone.
 */
export function HelpScreen({ reflectionId }: { reflectionId: string | null }) {
  const intl = useIntl();
  const [reflection, setReflection] = useState<RelationshipView | null>(null);
  // What went wrong, worded when shown (in the language of that moment).
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const error = failure && friendlyError(failure.error, intl);
  const name = useOtherName(reflection);

  useEffect(() => {
    if (!reflectionId) return;
    let alive = true;
    api.relationship(reflectionId).then(
      (v) => alive && setReflection(v),
      (e) => alive && setFailure({ error: e }),
    );
    return () => {
      alive = false;
    };
  }, [reflectionId]);

  const finished = reflection?.round.revealed ? reflection.round.reveal?.mine : null;
  return (
    <div className="screen help-screen">
      <Heading>{reflectionId ? <FormattedMessage id="screens.HelpScreen.staysTitle" /> : <FormattedMessage id="screens.HelpScreen.title" />}</Heading>
      {reflectionId && (
        <p className="lead">
          <FormattedMessage id="screens.HelpScreen.nothingShared" values={{ known: reflection && isNamed(intl, reflection, name) ? 'yes' : 'no', name: <bdi>{name}</bdi> }} />
        </p>
      )}
      <HelpResources />
      <section className="panel" aria-labelledby="leave-quickly-title">
        <h2 id="leave-quickly-title">
          <FormattedMessage id="screens.HelpScreen.leaveTitle" />
        </h2>
        <ul>
          <li>
            <FormattedMessage id="screens.HelpScreen.quickExit" values={{ strong: (chunks) => <strong>{chunks}</strong> }} />
          </li>
          <li>
            <FormattedMessage id="screens.HelpScreen.history" />
          </li>
          <li>
            <FormattedMessage id="screens.HelpScreen.signOut" values={{ link: (chunks) => <Link href={pathFor.yourData()}>{chunks}</Link> }} />
          </li>
          <li>
            <FormattedMessage id="screens.HelpScreen.newLink" values={{ link: (chunks) => <Link href={pathFor.link()}>{chunks}</Link> }} />
          </li>
        </ul>
      </section>
      {reflectionId && (
        <section className="panel" aria-labelledby="private-reflection-title">
          <h2 id="private-reflection-title">
            <FormattedMessage id="screens.HelpScreen.privateTitle" />
          </h2>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          {!reflection && !error && (
            <p aria-live="polite">
              <FormattedMessage id="screens.HelpScreen.opening" />
            </p>
          )}
          {reflection && (
            <>
              <p>
                <FormattedMessage id="screens.HelpScreen.whatYouWrote" values={{ finished: finished ? 'yes' : 'no' }} />
              </p>
              <PerspectiveList perspective={finished ?? reflection.round.myDraft ?? {}} />
              <p>
                <Link href={pathFor.relationship(reflection.relationshipId)}>
                  <FormattedMessage id="screens.HelpScreen.openReflection" values={{ finished: finished ? 'yes' : 'no' }} />
                </Link>
              </p>
            </>
          )}
        </section>
      )}
      <p>
        <Link href={pathFor.home()}>
          <FormattedMessage id="screens.HelpScreen.back" />
        </Link>
      </p>
    </div>
  );
}
