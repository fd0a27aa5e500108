import { FormattedMessage } from 'react-intl';
import { Heading } from '../components/Heading';
import { PerspectiveList } from './PerspectiveList';
import { RoundHistory } from './RoundHistory';
import type { RelationshipView } from '../types';

/** A name that may be a description ("Your close friend", for a joiner), as it reads inside a sentence. */
export const inSentence = (name: string): string => name.replace(/^(Your|The other) /, (first) => first.toLowerCase());

/** The other person left: what stays is this person's own answers and the dates; no new round can start. */
export function PartnerLeft({ view, partnerName }: { view: RelationshipView; partnerName: string }) {
  const { round } = view;
  // A round that had not opened ended with the leaving; the remaining person's own answers in it stay theirs.
  const unopened = !round.revealed && round.myStatus !== 'notStarted' && round.myDraft;
  return (
    <>
      <Heading>
        <FormattedMessage id="relationship.PartnerLeft.title" values={{ name: <bdi>{partnerName}</bdi> }} />
      </Heading>
      <p className="lead">
        <FormattedMessage id="relationship.PartnerLeft.lead" values={{ name: <bdi>{inSentence(partnerName)}</bdi> }} />
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
