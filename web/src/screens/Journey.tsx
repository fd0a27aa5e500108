import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { api, friendlyError } from '../api';
import { Heading } from '../components/Heading';
import { InvitePanel } from '../relationship/InvitePanel';
import { Link } from '../components/Link';
import { RelationshipForm, type Created } from '../relationship/RelationshipForm';
import { currentStep, isSkipped, JOURNEY, journeyWords, loadJourney, saveJourney, type JourneyChoices, type JourneyStep } from '../relationship/journey';
import { useMethodWords } from '../method';
import { pathFor } from '../router';
import { summaryStanding } from '../status';
import { titleInSentence } from '../titleInSentence';
import type { Me } from '../types';
import '../relationship/relationship.css';

/** The guided start: three relationships, one at a time, then each one to rate, then the reading. */
export function Journey() {
  const intl = useIntl();
  const { KIND_WORDS } = useMethodWords();
  const [me, setMe] = useState<Me | null>(null);
  const [choices, setChoices] = useState<JourneyChoices>({});
  const [justInvited, setJustInvited] = useState<Created | null>(null);
  // What went wrong, worded when shown (in the language of that moment).
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const error = failure && friendlyError(failure.error, intl);

  useEffect(() => {
    let alive = true;
    api.me().then(
      (m) => {
        if (!alive) return;
        setMe(m);
        setChoices(loadJourney(m.personId));
      },
      (e) => alive && setFailure({ error: e }),
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
        <Heading>
          <FormattedMessage id="screens.Journey.title" />
        </Heading>
        <p className="form-error" role="alert">
          {error}
        </p>
      </div>
    );
  }
  if (!me) {
    return (
      <div className="screen">
        <p aria-live="polite">
          <FormattedMessage id="screens.Journey.opening" />
        </p>
      </div>
    );
  }

  if (justInvited?.inviteUrl) {
    const next = JOURNEY[currentStep(choices)];
    return (
      <div className="screen journey">
        <Heading>
          <FormattedMessage id="screens.Journey.inviteReady" values={{ name: <bdi>{justInvited.partnerName}</bdi> }} />
        </Heading>
        <InvitePanel url={justInvited.inviteUrl} partnerName={justInvited.partnerName} />
        <p>
          <FormattedMessage id="screens.Journey.sendLater" values={{ name: <bdi>{justInvited.partnerName}</bdi> }} />
        </p>
        <p>
          <button type="button" className="primary" onClick={() => setJustInvited(null)}>
            <FormattedMessage id="screens.Journey.next" values={{ hasNext: next ? 'yes' : 'no', title: next ? titleInSentence(intl, journeyWords(intl, next).title) : '' }} />
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
          <FormattedMessage id="screens.Journey.count" values={{ index: index + 1, count: JOURNEY.length }} />
        </p>
        <p className="lead">
          <FormattedMessage id="screens.Journey.intro" />
        </p>
        <p>{journeyWords(intl, step).question}</p>
        <RelationshipForm
          key={step.kind}
          kind={step.kind}
          soloSubmit={intl.formatMessage({ id: 'screens.Journey.soloSubmit' }, { hasNext: JOURNEY[index + 1] ? 'yes' : 'no', title: JOURNEY[index + 1] ? titleInSentence(intl, journeyWords(intl, JOURNEY[index + 1]).title) : '' })}
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
      <Heading>
        <FormattedMessage id="screens.Journey.title" />
      </Heading>
      <p className="lead">
        <FormattedMessage id="screens.Journey.allLead" />
      </p>
      <ul className="relationship-list">
        {JOURNEY.map((step) => {
          const choice = choices[step.kind];
          if (!choice || isSkipped(choice)) {
            return (
              <li key={step.kind} className="relationship-card journey-skipped">
                <div className="card-body">
                  <span className="card-title">{KIND_WORDS[step.kind]}</span>
                  <span className="card-meta">
                    <FormattedMessage id="screens.Journey.skipped" />
                  </span>
                  <button type="button" className="link-button" onClick={() => choose(step, undefined)}>
                    <FormattedMessage id="screens.Journey.addAfterAll" values={{ title: titleInSentence(intl, journeyWords(intl, step).title) }} />
                  </button>
                </div>
              </li>
            );
          }
          const summary = me.relationships.find((r) => r.relationshipId === choice.relationshipId);
          const standing = summary ? summaryStanding(intl, summary) : null;
          return (
            <li key={step.kind} className={`relationship-card standing-${standing?.standing ?? 'yourTurn'}`}>
              <Link href={pathFor.relationship(choice.relationshipId)} className="card-link">
                <span className="card-title">
                  <FormattedMessage id="screens.Journey.reflectOn" values={{ name: <bdi>{choice.partnerName}</bdi> }} />
                </span>
                <span className="card-meta">
                  <FormattedMessage id="screens.Journey.cardMeta" values={{ kind: KIND_WORDS[step.kind], solo: (summary?.solo ?? !choice.inviteUrl) ? 'yes' : 'no' }} />
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
          <FormattedMessage id="screens.Journey.readTogether" />
        </Link>
      </p>
    </div>
  );
}
