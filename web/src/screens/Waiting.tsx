import { Heading } from '../components/Heading';
import { partnerStatusWords } from '../status';
import type { RelationshipView } from '../types';

/** After sharing: only the other person's status, never anything of their answers. */
export function Waiting({ view }: { view: RelationshipView }) {
  const name = view.partner?.displayName ?? 'the other person';
  return (
    <div className="waiting">
      <Heading>Thank you. Your side is sealed.</Heading>
      <div className="panel waiting-panel">
        <div className="waiting-mark" aria-hidden="true">
          <span />
          <span />
        </div>
        <p className="partner-status big" role="status" data-partner-status={view.round.partnerStatus}>
          {partnerStatusWords(view.partner?.displayName, view.round.partnerStatus, view.partner !== null)}
        </p>
        <p>
          When {name} shares theirs, you will both see both perspectives here, at the same moment. You don’t need to
          refresh; you can also close this page and come back later.
        </p>
      </div>
      <section className="panel" aria-labelledby="while-title">
        <h2 id="while-title">While you wait</h2>
        <p>
          You might think about what you are curious to hear, rather than what you expect. The reveal is a place to start
          a conversation, not a verdict on either of you.
        </p>
      </section>
    </div>
  );
}
