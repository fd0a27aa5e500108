import { useEffect, useId, useState, type FormEvent } from 'react';
import { api, ApiError, friendlyError } from '../api';
import { FieldError } from '../components/FieldError';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { PersonalLinkPanel } from '../components/PersonalLinkPanel';
import { navigate, pathFor } from '../router';
import { LIMITS, validateName } from '../validation';

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

export function Join({ code, hasIdentity, onIdentity }: { code: string; hasIdentity: boolean; onIdentity: (key: string) => void }) {
  const nameId = useId();
  const [myName, setMyName] = useState<string | null>(null);
  const [asNew, setAsNew] = useState(false);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [final, setFinal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [joined, setJoined] = useState<{ id: string; key: string; inviter: string } | null>(null);

  useEffect(() => {
    if (!hasIdentity) return;
    let alive = true;
    api.me().then(
      (m) => alive && setMyName(m.displayName),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [hasIdentity]);

  async function joinAsMe() {
    setBusy(true);
    setProblem(null);
    try {
      const view = await api.acceptInvite(code);
      navigate(pathFor.relationship(view.relationshipId), true);
    } catch (e) {
      setProblem(inviteProblem(e));
      setFinal(isFinal(e));
    } finally {
      setBusy(false);
    }
  }

  async function joinAsNew(e: FormEvent) {
    e.preventDefault();
    const err = validateName(name);
    setNameError(err);
    setProblem(null);
    if (err) return;
    setBusy(true);
    try {
      const person = await api.createPerson(name.trim());
      onIdentity(person.accessKey);
      const view = await api.acceptInvite(code);
      setJoined({ id: view.relationshipId, key: person.accessKey, inviter: view.partner?.displayName ?? 'them' });
    } catch (e) {
      const field = e instanceof ApiError ? e.fieldErrors.displayName : undefined;
      if (field) setNameError(field.join(' '));
      else {
        setProblem(inviteProblem(e));
        setFinal(isFinal(e));
      }
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
            Start my side
          </Link>
        </p>
      </div>
    );
  }

  const showNameForm = (!hasIdentity || asNew) && !final;

  return (
    <div className="screen">
      <Heading>You’re invited to a reciprocity audit</Heading>
      <p className="lead">
        Someone who cares about your relationship would like you each to reflect on it, on your own first. Neither of you
        sees the other’s answers until you have both finished; then you see both, side by side, at the same moment.
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
        <div className="panel">
          <p>
            <button type="button" className="primary" onClick={joinAsMe} disabled={busy}>
              {myName ? `Join as ${myName}` : 'Join'}
            </button>
          </p>
          <p>
            <button type="button" className="link-button" onClick={() => setAsNew(true)}>
              {myName ? `Not ${myName}? Join under another name` : 'Join under another name'}
            </button>
          </p>
        </div>
      )}
      {showNameForm && (
        <form onSubmit={joinAsNew} noValidate className="panel">
          <h2>Your name</h2>
          {hasIdentity && (
            <p className="notice">
              This browser will switch to the new name. Keep the personal link of the other name if you want to come back
              to it.
            </p>
          )}
          <div className="field">
            <label htmlFor={nameId}>What should they see as your name?</label>
            <input
              id={nameId}
              type="text"
              autoComplete="nickname"
              maxLength={LIMITS.name}
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-invalid={nameError ? true : undefined}
              aria-describedby={nameError ? `${nameId}-error` : undefined}
              required
            />
            <FieldError id={`${nameId}-error`} messages={nameError} />
          </div>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Joining…' : 'Join'}
          </button>
        </form>
      )}
    </div>
  );
}
