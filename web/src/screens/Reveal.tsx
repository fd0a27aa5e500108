import { Heading } from '../components/Heading';
import { NextRound } from '../components/NextRound';
import { RevealBody } from '../components/RevealBody';
import { RoundHistory, when } from '../components/RoundHistory';
import { REFLECTION_NOTE } from '../comparison';
import { earlierRounds } from '../history';
import type { RelationshipView } from '../types';

/** A shared round, opened: both perspectives side by side, the same for both at the same moment. */
export function Reveal({ view, partnerName, onView }: { view: RelationshipView; partnerName: string; onView: (v: RelationshipView) => void }) {
  const reveal = view.round.reveal!;
  return (
    <div className="reveal">
      <Heading>Two perspectives, side by side</Heading>
      <p className="lead">
        You and {partnerName} both finished{view.round.number > 1 ? ` round ${view.round.number}` : ''}
        {reveal.revealedAt ? `, and this appeared for you both on ${when(reveal.revealedAt)}` : ''}. Where you differ,
        you have different experiences to talk about. There is no score and no one is right.
      </p>
      <p className="reflection" role="note">
        {REFLECTION_NOTE}
      </p>
      <RevealBody mine={reveal.mine} theirs={reveal.theirs ?? {}} partnerName={partnerName} />
      <NextRound view={view} onView={onView} />
      <RoundHistory entries={earlierRounds(view)} partnerName={partnerName} />
    </div>
  );
}
