import { useId } from 'react';
import { Heading } from '../components/Heading';
import { HowItOpens } from '../relationship/HowItOpens';
import { PerspectiveList } from '../relationship/PerspectiveList';
import { isSealed } from '../relationship/liveView';
import { partnerStatusWords } from '../status';
import { roundSteps } from '../relationship/roundSteps';
import { rememberStep, stepIndex } from '../relationship/steps';
import type { RelationshipView } from '../types';
import { useViewAction } from '../useAction';

/** After sharing: the person's own answers, read-only, and the other person's status; never their answers. */
export function Waiting({ view, partnerName, onView }: { view: RelationshipView; partnerName: string; onView: (v: RelationshipView) => void }) {
  const uid = useId();
  const id = view.relationshipId;
  const { round } = view;
  const policy = view.revealPolicy ?? 'auto';
  const action = useViewAction(id, onView);

  const withdraw = () =>
    action.run(() => {
      // Remembered first: the hub's status event can bring the editable view before this call's answer does.
      rememberStep(id, round.number, stepIndex('review')); // back where they pressed share
      return roundSteps.withdraw(view);
    });

  return (
    <div className="waiting">
      <Heading>Thank you. Your view is sealed.</Heading>
      <div className="panel waiting-panel">
        <div className="waiting-mark" aria-hidden="true">
          <span />
          <span />
        </div>
        <p className="partner-status big" role="status" data-partner-status={round.partnerStatus}>
          {partnerStatusWords(view.partner?.displayName ?? partnerName, round.partnerStatus, view.partner !== null)}
        </p>
        {policy === 'auto' && (
          <p>
            When {partnerName} shares theirs, you will both see both perspectives here, at the same moment. You don’t need
            to refresh; you can also close this page and come back later.
          </p>
        )}
        {policy === 'facilitator' && <p>Your facilitator opens it for you both when the time is right.</p>}
        {policy === 'together' && !round.ready && (
          <p>
            It opens when you have both finished and both said “open it now”: you each press the button here, and it
            opens for you both at the same moment.
          </p>
        )}
        {policy === 'together' && round.ready && round.myStatus !== 'confirmed' && (
          <>
            <p>You have both finished. When you are ready, for example in the same room or on a call, open it together.</p>
            <button type="button" className="primary" onClick={() => action.run(() => roundSteps.confirm(view))} disabled={action.busy}>
              Open it now
            </button>
          </>
        )}
        {policy === 'together' && round.myStatus === 'confirmed' && (
          <p>You’re ready. It opens for you both as soon as {partnerName} says “open it now” too.</p>
        )}
        {action.error && (
          <p className="form-error" role="alert">
            {action.error}
          </p>
        )}
      </div>
      <HowItOpens view={view} partnerName={partnerName} onView={onView} />
      <section className="panel" aria-labelledby={`${uid}-mine`}>
        <h2 id={`${uid}-mine`}>Your answers</h2>
        <p>
          Only you can read these until it opens. If you want to change something, you can take them back; {partnerName}{' '}
          will only see that you are working on yours again.
        </p>
        {round.myDraft && <PerspectiveList perspective={round.myDraft} />}
        {isSealed(round.myStatus) && (
          <button type="button" onClick={withdraw} disabled={action.busy}>
            Take it back to edit
          </button>
        )}
      </section>
      <section className="panel" aria-labelledby={`${uid}-while`}>
        <h2 id={`${uid}-while`}>While you wait</h2>
        <p>
          You might think about what you are curious to hear, rather than what you expect. The reveal is a place to start
          a conversation, not a verdict on either of you.
        </p>
      </section>
    </div>
  );
}
