import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { IntlShape } from 'react-intl';
import { api, ApiError, friendlyError } from '../api';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { PersonalLinkPanel } from '../components/PersonalLinkPanel';
import { AsMeOrAnother, NewNameForm, useMyName } from '../components/WhoTakesIt';
import { navigate, pathFor } from '../router';
import type { Invitation } from '../types';

/** An invite that is unknown, spent or one's own will not work on a second try either. */
const isFinal = (e: unknown) => e instanceof ApiError && [404, 409, 410].includes(e.status);

function inviteProblem(e: unknown, intl: IntlShape): string {
  if (e instanceof ApiError) {
    if (e.status === 404) return intl.formatMessage({ id: 'screens.Join.problemUnknown' });
    if (e.status === 410) return intl.formatMessage({ id: 'screens.Join.problemUsed' });
    if (e.status === 409) return intl.formatMessage({ id: 'screens.Join.problemOwn' });
  }
  return friendlyError(e, intl);
}

/** The preview's answer: not yet, an open invite, or why it opens nothing (said before anything is asked). */
type Preview = { state: 'loading' } | { state: 'open'; invitation: Invitation } | { state: 'refused'; used: boolean } | { state: 'failed'; error: unknown };

/** A used or taken-back invite, said first: no name is asked and nobody is created. */
function InviteRefused({ used, hasIdentity }: { used: boolean; hasIdentity: boolean }) {
  return (
    <div className="screen">
      <Heading>{used ? <FormattedMessage id="screens.Join.usedTitle" /> : <FormattedMessage id="screens.Join.goneTitle" />}</Heading>
      <p className="lead">
        {used ? (
          <FormattedMessage id="screens.Join.usedLead" />
        ) : (
          <FormattedMessage id="screens.Join.goneLead" />
        )}
      </p>
      <p>
        <FormattedMessage id="screens.Join.nothingCreated" />
      </p>
      <p>
        <Link href={pathFor.home()} className="button">
          {hasIdentity ? <FormattedMessage id="screens.Join.goHome" /> : <FormattedMessage id="screens.Join.startOwn" />}
        </Link>
      </p>
    </div>
  );
}

export function Join({ code, hasIdentity, onIdentity }: { code: string; hasIdentity: boolean; onIdentity: (key: string) => void }) {
  const intl = useIntl();
  const myName = useMyName(hasIdentity);
  const [asNew, setAsNew] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [final, setFinal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [joined, setJoined] = useState<{ id: string; key: string; inviter: string | null } | null>(null);
  const [preview, setPreview] = useState<Preview>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // Who invites, to what, before any name is asked; a used or taken-back invite says so first, and nothing is made.
  const asked = `${code}#${attempt}`;
  const [previewFor, setPreviewFor] = useState(asked);
  if (previewFor !== asked) {
    setPreviewFor(asked);
    setPreview({ state: 'loading' });
  }
  useEffect(() => {
    let alive = true;
    api.invitation(code).then(
      (invitation) => alive && setPreview({ state: 'open', invitation }),
      (e: unknown) => {
        if (!alive) return;
        if (e instanceof ApiError && (e.status === 404 || e.status === 410)) setPreview({ state: 'refused', used: e.status === 410 });
        else setPreview({ state: 'failed', error: e });
      },
    );
    return () => {
      alive = false;
    };
  }, [code, attempt]);

  const failed = (e: unknown) => {
    setProblem(inviteProblem(e, intl));
    setFinal(isFinal(e));
  };

  async function joinAsMe() {
    setBusy(true);
    setProblem(null);
    try {
      const view = await api.acceptInvite(code);
      navigate(pathFor.relationship(view.relationshipId), true);
    } catch (e) {
      failed(e);
    } finally {
      setBusy(false);
    }
  }

  if (joined) {
    return (
      <div className="screen">
        <Heading>
          <FormattedMessage id="screens.Join.joined" values={{ name: <bdi>{joined.inviter ?? ''}</bdi>, named: joined.inviter === null ? 'no' : 'yes' }} />
        </Heading>
        <p className="lead">
          <FormattedMessage id="screens.Join.oneThingFirst" />
        </p>
        <PersonalLinkPanel accessKey={joined.key} />
        <p>
          <Link href={pathFor.relationship(joined.id)} className="button primary">
            <FormattedMessage id="screens.Join.startMyView" />
          </Link>
        </p>
      </div>
    );
  }
  if (preview.state === 'loading') {
    return (
      <div className="screen">
        <p aria-live="polite">
          <FormattedMessage id="screens.Join.opening" />
        </p>
      </div>
    );
  }
  if (preview.state === 'refused') return <InviteRefused used={preview.used} hasIdentity={hasIdentity} />;
  if (preview.state === 'failed') {
    return (
      <div className="screen">
        <Heading>
          <FormattedMessage id="screens.Join.failedTitle" />
        </Heading>
        <p className="form-error" role="alert">
          {friendlyError(preview.error, intl)}
        </p>
        <p>
          <button type="button" onClick={() => setAttempt((a) => a + 1)}>
            <FormattedMessage id="screens.Join.tryAgain" />
          </button>
        </p>
      </div>
    );
  }

  const { invitation } = preview;
  const showNameForm = (!hasIdentity || asNew) && !final;

  return (
    <div className="screen">
      <Heading>
        <FormattedMessage id="screens.Join.title" values={{ name: <bdi>{invitation.inviterName}</bdi>, kind: invitation.kind }} />
      </Heading>
      {invitation.label && (
        <p className="eyebrow">
          <FormattedMessage id="screens.Join.label" values={{ label: <bdi>{invitation.label}</bdi> }} />
        </p>
      )}
      <p className="lead">
        <FormattedMessage id="screens.Join.lead" values={{ name: <bdi>{invitation.inviterName}</bdi> }} />
      </p>
      <p>
        <FormattedMessage id="screens.Join.tenMinutes" />
      </p>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {final && hasIdentity && (
        <p>
          <Link href={pathFor.home()} className="button">
            <FormattedMessage id="screens.Join.goHome" />
          </Link>
        </p>
      )}
      {hasIdentity && !asNew && !final && (
        <AsMeOrAnother
          myName={myName}
          busy={busy}
          asMe={(n) => intl.formatMessage({ id: 'screens.Join.joinAs' }, { named: n ? 'yes' : 'no', name: n ?? '' })}
          asAnother={intl.formatMessage({ id: 'screens.Join.joinAnother' })}
          onMe={joinAsMe}
          onAnother={() => setAsNew(true)}
        />
      )}
      {showNameForm && (
        <NewNameForm
          hasIdentity={hasIdentity}
          label={intl.formatMessage({ id: 'screens.Join.nameLabel' })}
          submit={intl.formatMessage({ id: 'screens.Join.join' })}
          busyLabel={intl.formatMessage({ id: 'screens.Join.joining' })}
          onIdentity={onIdentity}
          take={() => api.acceptInvite(code)}
          onTaken={(view, key) => setJoined({ id: view.relationshipId, key, inviter: view.partner?.displayName ?? null })}
          onFailure={failed}
          onBusy={(b) => {
            setBusy(b);
            if (b) setProblem(null);
          }}
        />
      )}
    </div>
  );
}
