import { useEffect, useRef, useState } from 'react';
import { ApiError, friendlyError } from '../api';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { PersonalLinkPanel } from '../components/PersonalLinkPanel';
import { AsMeOrAnother, NewNameForm, useMyName } from '../components/WhoTakesIt';
import { navigate, pathFor } from '../router';
import { sessionApi } from './sessionApi';
import type { SeatInfo } from './types';
import './sessions.css';

type Gone = 'unknown' | 'used';

function claimProblem(e: unknown): string {
  if (e instanceof ApiError && e.status === 409)
    return e.problem.detail || 'You can’t take this seat: it is your own session, or you already have a seat in it.';
  return friendlyError(e);
}

/** A seat that opens nothing (unknown, revoked) or that someone already took: said kindly, with a way on. */
function SeatGone({ gone, hasIdentity }: { gone: Gone; hasIdentity: boolean }) {
  return (
    <div className="screen" data-seat-gone={gone}>
      <Heading>{gone === 'used' ? 'This seat has already been taken' : 'This seat link doesn’t open anything'}</Heading>
      <p className="lead">
        {gone === 'used'
          ? 'Each seat link works once, for one person, and this one has been used. If it was meant for you, ask your facilitator for a new link.'
          : 'It may have been copied only in part, or your facilitator may have replaced it with a new one. Ask them for the link again.'}
      </p>
      {hasIdentity && (
        <p>
          <Link href={pathFor.home()} className="button">
            Go to my relationships
          </Link>
        </p>
      )}
    </div>
  );
}

/** `/seat/{code}`: who the facilitator is, what they will and won't see, then taking the seat. */
export function SeatScreen({ code, hasIdentity, onIdentity }: { code: string; hasIdentity: boolean; onIdentity: (key: string) => void }) {
  const [info, setInfo] = useState<SeatInfo | null>(null);
  const [gone, setGone] = useState<Gone | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const myName = useMyName(hasIdentity);
  const [asNew, setAsNew] = useState(false);
  const [busy, setBusy] = useState(false);
  const [claimed, setClaimed] = useState<{ sessionId: string; key: string } | null>(null);

  // Who this browser was when the link was opened: taking the seat under a new name changes it, and must not
  // make this page look the seat up again.
  const arrivedWithIdentity = useRef(hasIdentity);
  useEffect(() => {
    let alive = true;
    sessionApi.seat(code).then(
      (seat) => {
        if (!alive) return;
        setInfo(seat);
      },
      async (e) => {
        if (!alive) return;
        if (e instanceof ApiError && e.status === 410 && arrivedWithIdentity.current) {
          // Taken already: by this very person, on another tab or earlier? Then claiming again simply opens it.
          try {
            const view = await sessionApi.claim(code);
            if (alive) navigate(pathFor.session(view.sessionId), true);
            return;
          } catch {
            /* someone else's: say so */
          }
        }
        if (!alive) return;
        if (e instanceof ApiError && (e.status === 404 || e.status === 410)) setGone(e.status === 410 ? 'used' : 'unknown');
        else setProblem(friendlyError(e));
      },
    );
    return () => {
      alive = false;
    };
  }, [code]);

  const failed = (e: unknown) => {
    if (e instanceof ApiError && (e.status === 404 || e.status === 410)) setGone(e.status === 410 ? 'used' : 'unknown');
    else setProblem(claimProblem(e));
  };

  async function claimAsMe() {
    setBusy(true);
    setProblem(null);
    try {
      const view = await sessionApi.claim(code);
      navigate(pathFor.session(view.sessionId), true);
    } catch (e) {
      failed(e);
      setBusy(false);
    }
  }

  if (gone) return <SeatGone gone={gone} hasIdentity={hasIdentity} />;
  if (claimed) {
    return (
      <div className="screen">
        <Heading>You have taken your seat</Heading>
        <p className="lead">One thing first: your personal link, the way back to your answers.</p>
        <PersonalLinkPanel accessKey={claimed.key} />
        <p>
          <Link href={pathFor.session(claimed.sessionId)} className="button primary">
            Go to the session
          </Link>
        </p>
      </div>
    );
  }
  if (!info) {
    return (
      <div className="screen">
        {problem ? (
          <p className="form-error" role="alert">
            {problem}
          </p>
        ) : (
          <p aria-live="polite">Opening your seat…</p>
        )}
      </div>
    );
  }

  const f = info.facilitatorName;
  // A seat kept from an earlier session is for the person who sat in it: no new name can take it (the host answers 409).
  const keptForSomeone = info.carriedForward === true;
  const showNameForm = (!hasIdentity || asNew) && !keptForSomeone;
  return (
    <div className="screen seat-page">
      <Heading>
        {f} invites you to “{info.sessionTitle}”
      </Heading>
      <p className="lead">
        This seat is for {info.participantName}. {f} facilitates this {info.kind === 'couple' ? 'couple' : 'family'}{' '}
        session: each pair in it reflects on their relationship, privately first.
      </p>
      {info.carriedForward && (
        <p role="note">
          Welcome back. This seat was kept for you from your last session with {f}. Taking part is your choice each time:
          taking the seat says yes to this session.
        </p>
      )}
      <section className="panel" aria-labelledby="sees-title">
        <h2 id="sees-title">What {f} will and won’t see</h2>
        <ul className="seat-terms">
          <li>
            <strong>Before your pair is opened:</strong> only whether you have started, are working on it, or have finished.
            Never what you write.
          </li>
          <li>
            <strong>When {f} opens your pair:</strong> you, the other person and {f} see both perspectives, side by side,
            at the same moment.
          </li>
          <li>
            <strong>Never:</strong> a note or picture you mark “only for me”. It stays yours alone.
          </li>
          <li>
            <strong>A pre-read, only if you choose:</strong> once you have taken your seat you may let {f} read what you
            submit before the session. Nothing changes if you don’t.
          </li>
          <li>
            {f} cannot rate for you, or change anything you write.
          </li>
        </ul>
      </section>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {hasIdentity && !asNew && (
        <AsMeOrAnother
          myName={myName}
          busy={busy}
          asMe={(n) => (n ? `Take this seat as ${n}` : 'Take this seat')}
          asAnother={keptForSomeone ? undefined : 'Take it under another name'}
          onMe={claimAsMe}
          onAnother={() => setAsNew(true)}
        />
      )}
      {keptForSomeone && !hasIdentity && (
        <p className="notice" role="note">
          This browser doesn’t know you yet. Open your personal link here first, or{' '}
          <Link href={pathFor.signIn()}>sign in with your email</Link>, then open this seat link again.
        </p>
      )}
      {showNameForm && (
        <NewNameForm
          hasIdentity={hasIdentity}
          initialName={info.participantName}
          label="Your name in Reciprocity"
          hint={`In this session the others see you as ${info.participantName}, the name ${f} gave.`}
          submit="Take my seat"
          busyLabel="Taking your seat…"
          onIdentity={onIdentity}
          take={() => sessionApi.claim(code)}
          onTaken={(view, key) => setClaimed({ sessionId: view.sessionId, key })}
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
