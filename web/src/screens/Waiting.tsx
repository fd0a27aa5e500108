import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
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
  const intl = useIntl();
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
      <Heading>
        <FormattedMessage id="screens.Waiting.title" />
      </Heading>
      <div className="panel waiting-panel">
        <div className="waiting-mark" aria-hidden="true">
          <span />
          <span />
        </div>
        <p className="partner-status big" role="status" data-partner-status={round.partnerStatus}>
          {partnerStatusWords(intl, view.partner?.displayName ?? partnerName, round.partnerStatus, view.partner !== null)}
        </p>
        {policy === 'auto' && (
          <p>
            <FormattedMessage id="screens.Waiting.auto" values={{ name: <bdi>{partnerName}</bdi> }} />
          </p>
        )}
        {policy === 'facilitator' && (
          <p>
            <FormattedMessage id="screens.Waiting.facilitator" />
          </p>
        )}
        {policy === 'together' && !round.ready && (
          <p>
            <FormattedMessage id="screens.Waiting.together" />
          </p>
        )}
        {policy === 'together' && round.ready && round.myStatus !== 'confirmed' && (
          <>
            <p>
              <FormattedMessage id="screens.Waiting.bothFinished" />
            </p>
            <button type="button" className="primary" onClick={() => action.run(() => roundSteps.confirm(view))} disabled={action.busy}>
              <FormattedMessage id="screens.Waiting.openNow" />
            </button>
          </>
        )}
        {policy === 'together' && round.myStatus === 'confirmed' && (
          <p>
            <FormattedMessage id="screens.Waiting.youreReady" values={{ name: <bdi>{partnerName}</bdi> }} />
          </p>
        )}
        {action.error && (
          <p className="form-error" role="alert">
            {action.error}
          </p>
        )}
      </div>
      <HowItOpens view={view} partnerName={partnerName} onView={onView} />
      <section className="panel" aria-labelledby={`${uid}-mine`}>
        <h2 id={`${uid}-mine`}>
          <FormattedMessage id="screens.Waiting.yourAnswers" />
        </h2>
        <p>
          <FormattedMessage id="screens.Waiting.onlyYou" values={{ name: <bdi>{partnerName}</bdi> }} />
        </p>
        {round.myDraft && <PerspectiveList perspective={round.myDraft} />}
        {isSealed(round.myStatus) && (
          <button type="button" onClick={withdraw} disabled={action.busy}>
            <FormattedMessage id="screens.Waiting.takeBack" />
          </button>
        )}
      </section>
      <section className="panel" aria-labelledby={`${uid}-while`}>
        <h2 id={`${uid}-while`}>
          <FormattedMessage id="screens.Waiting.whileTitle" />
        </h2>
        <p>
          <FormattedMessage id="screens.Waiting.whileText" />
        </p>
      </section>
    </div>
  );
}
