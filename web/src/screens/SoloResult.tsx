import { useId } from 'react';
import { Heading } from '../components/Heading';
import { InviteButton } from '../relationship/InviteButton';
import { Link } from '../components/Link';
import { NextRound } from '../relationship/NextRound';
import { PerspectiveList } from '../relationship/PerspectiveList';
import { RoundHistory } from '../relationship/RoundHistory';
import { ScaleLines, scaleRows } from '../relationship/ScaleLines';
import { earlierRounds } from '../relationship/history';
import { checkInName } from '../method';
import { pathFor } from '../router';
import type { RelationshipView } from '../types';

/** A solo round, finished: the person's own perspective is the round's result. */
export function SoloResult({
  view,
  partnerName,
  onView,
  onInvited,
  onAlreadyInvited,
}: {
  view: RelationshipView;
  partnerName: string;
  onView: (v: RelationshipView) => void;
  onInvited: (url: string) => void;
  /** An invite was already made (in another tab, say): show it rather than make a second code. */
  onAlreadyInvited: () => void;
}) {
  const id = useId();
  const reveal = view.round.reveal!;

  return (
    <div className="reveal solo-result">
      <Heading>Your reflection{view.round.number > 1 ? `, ${checkInName(view.round.number)}` : ''}</Heading>
      <p className="lead">
        This check-in is complete, and it is yours alone: nobody else can read it, now or later. Here is what you see in
        this relationship right now.
      </p>
      <section className="panel" aria-labelledby={`${id}-mine`}>
        <h2 id={`${id}-mine`}>What you wrote</h2>
        <ScaleLines firstName="You" rows={scaleRows(reveal.mine)} />
        <PerspectiveList perspective={reveal.mine} />
      </section>
      {view.solo && (
        <section className="panel" aria-labelledby={`${id}-invite`}>
          <h2 id={`${id}-invite`}>Look at it together, one day?</h2>
          <p>
            If and when you want to, you can invite {partnerName}. From then on, new check-ins are shared: you each answer
            privately, then see both. This reflection, and every one before it, stays yours alone; {partnerName} will
            never see it.
          </p>
          <InviteButton relationshipId={view.relationshipId} label={`Invite ${partnerName} now`} onInvited={onInvited} onAlreadyOut={onAlreadyInvited} />
        </section>
      )}
      <NextRound view={view} onView={onView} />
      <p>
        <Link href={pathFor.reading()}>Read your relationships together</Link>
      </p>
      <RoundHistory entries={earlierRounds(view)} partnerName={partnerName} />
    </div>
  );
}
