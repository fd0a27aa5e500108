import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Heading } from '../components/Heading';
import { InvitePanel } from '../relationship/InvitePanel';
import { Link } from '../components/Link';
import { RelationshipForm, type Created } from '../relationship/RelationshipForm';
import { navigate, pathFor } from '../router';

/** One more relationship: reflect alone, or invite the other person. */
export function NewRelationship() {
  const [invited, setInvited] = useState<Created | null>(null);

  const created = (c: Created) => {
    if (c.inviteUrl) setInvited(c);
    else navigate(pathFor.relationship(c.relationshipId));
  };

  if (invited?.inviteUrl) {
    return (
      <div className="screen">
        <Heading>
          <FormattedMessage id="screens.NewRelationship.inviteReady" values={{ name: <bdi>{invited.partnerName}</bdi> }} />
        </Heading>
        <InvitePanel url={invited.inviteUrl} partnerName={invited.partnerName} />
        <p>
          <FormattedMessage id="screens.NewRelationship.startNow" values={{ name: <bdi>{invited.partnerName}</bdi> }} />
        </p>
        <p>
          <Link href={pathFor.relationship(invited.relationshipId)} className="button primary">
            <FormattedMessage id="screens.NewRelationship.startMyView" />
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="screen">
      <Heading>
        <FormattedMessage id="screens.NewRelationship.title" />
      </Heading>
      <p className="lead">
        <FormattedMessage id="screens.NewRelationship.lead" />
      </p>
      <RelationshipForm withLabel onCreated={created} />
    </div>
  );
}
