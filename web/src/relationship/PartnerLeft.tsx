import { FormattedMessage, useIntl } from 'react-intl';
import { Heading } from '../components/Heading';
import { PerspectiveList } from './PerspectiveList';
import { RoundHistory } from './RoundHistory';
import { isNamed } from './otherName';
import type { RelationshipView } from '../types';

/** The other person left: what stays is this person's own answers and the dates; no new round can start. */
export function PartnerLeft({ view, partnerName }: { view: RelationshipView; partnerName: string }) {
  const intl = useIntl();
  const { round } = view;
  const who = { name: <bdi>{partnerName}</bdi>, named: isNamed(intl, view, partnerName) ? 'yes' : 'no' };
  // A round that had not opened ended with the leaving; the remaining person's own answers in it stay theirs.
  const unopened = !round.revealed && round.myStatus !== 'notStarted' && round.myDraft;
  return (
    <>
      <Heading>
        <FormattedMessage id="relationship.PartnerLeft.title" values={who} />
      </Heading>
      <p className="lead">
        <FormattedMessage id="relationship.PartnerLeft.lead" values={who} />
      </p>
      {unopened && (
        <section className="panel" aria-labelledby="unopened-title">
          <h2 id="unopened-title">
            <FormattedMessage id="relationship.PartnerLeft.unopened" />
          </h2>
          <PerspectiveList perspective={round.myDraft!} />
        </section>
      )}
      <RoundHistory entries={[...view.history].reverse()} partnerName={partnerName} />
    </>
  );
}
