import { useState } from 'react';
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
        <Heading>Your invite for {invited.partnerName} is ready</Heading>
        <InvitePanel url={invited.inviteUrl} partnerName={invited.partnerName} />
        <p>You can start your view now; {invited.partnerName} can join whenever they’re ready.</p>
        <p>
          <Link href={pathFor.relationship(invited.relationshipId)} className="button primary">
            Start my view
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="screen">
      <Heading>A new relationship to reflect on</Heading>
      <p className="lead">
        Choose a relationship to look at. You can reflect on it on your own, just for you, or invite the other person:
        then nothing is shared until you have both finished.
      </p>
      <RelationshipForm withLabel onCreated={created} />
    </div>
  );
}
