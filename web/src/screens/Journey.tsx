import { useIntl } from 'react-intl';
import { useEffect, useState } from 'react';
import { api, friendlyError } from '../api';
import { Heading } from '../components/Heading';
import { InvitePanel } from '../relationship/InvitePanel';
import { Link } from '../components/Link';
import { RelationshipForm, type Created } from '../relationship/RelationshipForm';
import { currentStep, isSkipped, JOURNEY, journeyWords, loadJourney, saveJourney, type JourneyChoices, type JourneyStep } from '../relationship/journey';
import { KIND_WORDS } from '../method';
import { pathFor } from '../router';
import { summaryStanding } from '../status';
import type { Me } from '../types';
import '../relationship/relationship.css';

const INTRO =
  'The method looks at three significant relationships: a partner, a close friend and a family member. For each you ' +
  'can reflect on your own, just for you, or invite the other person. Skip any that don’t fit your life right now.';

/** The guided start: three relationships, one at a time, then each one to rate, then the reading. */
export function Journey() {
  const intl = useIntl();
  const [me, setMe] = useState<Me | null>(null);
  const [choices, setChoices] = useState<JourneyChoices>({});
  const [justInvited, setJustInvited] = useState<Created | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    api.me().then(
      (m) => {
        if (!alive) return;
        setMe(m);
        setChoices(loadJourney(m.personId));
      },
      (e) => alive && setError(friendlyError(e)),
    );
    return () => {
      alive = false;
    };
  }, []);

  const choose = (step: JourneyStep, choice: JourneyChoices[keyof JourneyChoices] | undefined) => {
    if (!me) return;
    const next = { ...choices, [step.kind]: choice };
    if (!choice) delete next[step.kind];
    setChoices(next);
    saveJourney(me.personId, next);
  };

  if (error) {
    return (
      <div className="screen">
        <Heading>Your three relationships</Heading>
        <p className="form-error" role="alert">
          {error}
        </p>
      </div>
    );
  }
  if (!me) {
    return (
      <div className="screen">
        <p aria-live="polite">Opening…</p>
      </div>
    );
  }

  if (justInvited?.inviteUrl) {
    const next = JOURNEY[currentStep(choices)];
    return (
      <div className="screen journey">
        <Heading>Your invite for {justInvited.partnerName} is ready</Heading>
        <InvitePanel url={justInvited.inviteUrl} partnerName={justInvited.partnerName} />
        <p>You can send it now or later: it stays on the page of this relationship until {justInvited.partnerName} joins.</p>
        <p>
          <button type="button" className="primary" onClick={() => setJustInvited(null)}>
            {next ? `Next: ${journeyWords(intl, next).title.toLowerCase()}` : 'Next: your three relationships'}
          </button>
        </p>
      </div>
    );
  }

  const index = currentStep(choices);
  if (index < JOURNEY.length) {
    const step = JOURNEY[index];
    return (
      <div className="screen journey">
        <Heading>{journeyWords(intl, step).title}</Heading>
        <p className="progress-count">
          Relationship {index + 1} of {JOURNEY.length}
        </p>
        <p className="lead">{INTRO}</p>
        <p>{journeyWords(intl, step).question}</p>
        <RelationshipForm
          key={step.kind}
          kind={step.kind}
          soloSubmit={JOURNEY[index + 1] ? `Save, then ${journeyWords(intl, JOURNEY[index + 1]).title.toLowerCase()}` : 'Save, then see all three'}
          onCreated={(c) => {
            choose(step, { relationshipId: c.relationshipId, partnerName: c.partnerName, inviteUrl: c.inviteUrl });
            if (c.inviteUrl) setJustInvited(c);
          }}
        >
          <button type="button" onClick={() => choose(step, { skipped: true })}>
            {journeyWords(intl, step).skip}
          </button>
        </RelationshipForm>
      </div>
    );
  }

  return (
    <div className="screen journey">
      <Heading>Your three relationships</Heading>
      <p className="lead">
        Now reflect on each one, in your own time. When you have, the reading puts them side by side: where you mostly give,
        where you mostly receive, and where it flows both ways.
      </p>
      <ul className="relationship-list">
        {JOURNEY.map((step) => {
          const choice = choices[step.kind];
          if (!choice || isSkipped(choice)) {
            return (
              <li key={step.kind} className="relationship-card journey-skipped">
                <div className="card-body">
                  <span className="card-title">{KIND_WORDS[step.kind]}</span>
                  <span className="card-meta">Skipped for now</span>
                  <button type="button" className="link-button" onClick={() => choose(step, undefined)}>
                    Add {journeyWords(intl, step).title.toLowerCase()} after all
                  </button>
                </div>
              </li>
            );
          }
          const summary = me.relationships.find((r) => r.relationshipId === choice.relationshipId);
          const standing = summary ? summaryStanding(summary) : null;
          return (
            <li key={step.kind} className={`relationship-card standing-${standing?.standing ?? 'yourTurn'}`}>
              <Link href={pathFor.relationship(choice.relationshipId)} className="card-link">
                <span className="card-title">Reflect on you and {choice.partnerName}</span>
                <span className="card-meta">
                  {KIND_WORDS[step.kind]} · {(summary?.solo ?? !choice.inviteUrl) ? 'just for you' : 'shared'}
                </span>
                {standing && (
                  <span className="badge" data-standing={standing.standing}>
                    {standing.text}
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
      <p>
        <Link href={pathFor.reading()} className="button primary">
          Read them together
        </Link>
      </p>
    </div>
  );
}
