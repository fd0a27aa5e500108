import { useEffect, useState } from 'react';
import { api, ApiError, friendlyError } from '../api';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { PersonalLinkPanel } from '../components/PersonalLinkPanel';
import { AsMeOrAnother, NewNameForm, useMyName } from '../components/WhoTakesIt';
import { navigate, pathFor } from '../router';
import type { Invitation, Kind } from '../types';

/** The relationship an invite is about, in the invitee's words. */
const RELATIONSHIP_WORDS: Record<Kind, string> = {
  partner: 'your relationship as partners',
  closeFriend: 'your friendship',
  familyMember: 'your relationship as family',
  other: 'your relationship',
};

/** An invite that is unknown, spent or one's own will not work on a second try either. */
const isFinal = (e: unknown) => e instanceof ApiError && [404, 409, 410].includes(e.status);

function inviteProblem(e: unknown): string {
  if (e instanceof ApiError) {
    if (e.status === 404)
      return 'This invite link doesn’t open anything. It may have been copied only in part, or the person who sent it took it back or made a new one; ask them for their latest link.';
    if (e.status === 410)
      return 'This invite has already been used: someone joined with it, and each invite works once, for one person. If that wasn’t you, let the person who sent it know; they can remove whoever joined and send you a new link.';
    if (e.status === 409) return 'This is your own invite. Send it to the other person so they can join.';
  }
  return friendlyError(e);
}

/** The preview's answer: not yet, an open invite, or why it opens nothing (said before anything is asked). */
type Preview = { state: 'loading' } | { state: 'open'; invitation: Invitation } | { state: 'refused'; used: boolean } | { state: 'failed'; message: string };

/** A used or taken-back invite, said first: no name is asked and nobody is created. */
function InviteRefused({ used, hasIdentity }: { used: boolean; hasIdentity: boolean }) {
  return (
    <div className="screen">
      <Heading>{used ? 'This invite has already been used' : 'This invite link no longer opens anything'}</Heading>
      <p className="lead">
        {used
          ? 'Someone joined with it, and each invite works once, for one person. If that wasn’t you, let the person who sent it know: they can remove whoever joined and send you a new link.'
          : 'The person who sent it may have taken it back or made a new one, or the link was copied only in part. Ask them for their latest link.'}
      </p>
      <p>Nothing was created or saved by opening it.</p>
      <p>
        <Link href={pathFor.home()} className="button">
          {hasIdentity ? 'Go to my relationships' : 'Start a reflection of your own'}
        </Link>
      </p>
    </div>
  );
}

export function Join({ code, hasIdentity, onIdentity }: { code: string; hasIdentity: boolean; onIdentity: (key: string) => void }) {
  const myName = useMyName(hasIdentity);
  const [asNew, setAsNew] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [final, setFinal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [joined, setJoined] = useState<{ id: string; key: string; inviter: string } | null>(null);
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
        else setPreview({ state: 'failed', message: friendlyError(e) });
      },
    );
    return () => {
      alive = false;
    };
  }, [code, attempt]);

  const failed = (e: unknown) => {
    setProblem(inviteProblem(e));
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
        <Heading>You’ve joined {joined.inviter}</Heading>
        <p className="lead">One thing first: your personal link, the way back to your answers.</p>
        <PersonalLinkPanel accessKey={joined.key} />
        <p>
          <Link href={pathFor.relationship(joined.id)} className="button primary">
            Start my view
          </Link>
        </p>
      </div>
    );
  }
  if (preview.state === 'loading') {
    return (
      <div className="screen">
        <p aria-live="polite">Opening the invite…</p>
      </div>
    );
  }
  if (preview.state === 'refused') return <InviteRefused used={preview.used} hasIdentity={hasIdentity} />;
  if (preview.state === 'failed') {
    return (
      <div className="screen">
        <Heading>We couldn’t open this invite just now</Heading>
        <p className="form-error" role="alert">
          {preview.message}
        </p>
        <p>
          <button type="button" onClick={() => setAttempt((a) => a + 1)}>
            Try again
          </button>
        </p>
      </div>
    );
  }

  const { invitation } = preview;
  const showNameForm = (!hasIdentity || asNew) && !final;

  return (
    <div className="screen">
      <Heading>{`${invitation.inviterName} invites you to reflect on ${RELATIONSHIP_WORDS[invitation.kind]} together`}</Heading>
      {invitation.label && <p className="eyebrow">“{invitation.label}”</p>}
      <p className="lead">
        {invitation.inviterName} cares about your relationship and would like you each to reflect on it, on your own first.
        Neither of you sees the other’s answers until you have both finished; then you see both, side by side, at the same
        moment.
      </p>
      <p>It takes about ten minutes. There are no right answers, no score and no winner.</p>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {final && hasIdentity && (
        <p>
          <Link href={pathFor.home()} className="button">
            Go to my relationships
          </Link>
        </p>
      )}
      {hasIdentity && !asNew && !final && (
        <AsMeOrAnother
          myName={myName}
          busy={busy}
          asMe={(n) => (n ? `Join as ${n}` : 'Join')}
          asAnother="Join under another name"
          onMe={joinAsMe}
          onAnother={() => setAsNew(true)}
        />
      )}
      {showNameForm && (
        <NewNameForm
          hasIdentity={hasIdentity}
          label="What should they see as your name?"
          submit="Join"
          busyLabel="Joining…"
          onIdentity={onIdentity}
          take={() => api.acceptInvite(code)}
          onTaken={(view, key) => setJoined({ id: view.relationshipId, key, inviter: view.partner?.displayName ?? 'them' })}
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
