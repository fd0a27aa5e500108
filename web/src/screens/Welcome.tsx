import { useId, useState, type FormEvent } from 'react';
import { api, ApiError, friendlyError } from '../api';
import { FieldError } from '../components/FieldError';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { PersonalLinkPanel } from '../components/PersonalLinkPanel';
import { storeKey } from '../identity';
import { pathFor } from '../router';
import { LIMITS, validateName } from '../validation';

export function Welcome({ onDone, returning }: { onDone: (key: string) => void; returning: boolean }) {
  const nameId = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ key: string; name: string } | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problem = validateName(name);
    setError(problem);
    setFormError(null);
    if (problem) return;
    setBusy(true);
    try {
      const person = await api.createPerson(name.trim());
      storeKey(person.accessKey); // kept at once, so a refresh here loses nothing
      setCreated({ key: person.accessKey, name: person.displayName });
    } catch (err) {
      const field = err instanceof ApiError ? err.fieldErrors.displayName : undefined;
      if (field) setError(field.join(' '));
      else setFormError(friendlyError(err));
    } finally {
      setBusy(false);
    }
  }

  if (created) {
    return (
      <div className="screen">
        <Heading>Welcome, {created.name}</Heading>
        <p className="lead">Before you begin, keep your personal link safe.</p>
        <PersonalLinkPanel accessKey={created.key} />
        <p>
          <button type="button" className="primary" onClick={() => onDone(created.key)}>
            I’ve kept it. Continue
          </button>
        </p>
      </div>
    );
  }

  return (
    <div className="screen">
      <Heading>Two sides of one relationship</Heading>
      <p className="lead">
        Reciprocity helps two people look at how giving and receiving flows between them: privately first, then
        together.
      </p>
      {returning && (
        <p className="notice" role="note">
          This browser doesn’t know you yet. If you have a personal link, open it here. Otherwise, start below.
        </p>
      )}
      <ol className="steps-intro">
        <li>
          <strong>You each reflect on your own.</strong> Four parts of the relationship, rated from “heavily
          one-directional” to “roughly mutual”.
        </li>
        <li>
          <strong>Nothing is shown early.</strong> Neither of you sees the other’s answers, only whether they have
          finished.
        </li>
        <li>
          <strong>Then you see both, at the same moment.</strong> Side by side, as different experiences to talk
          about. There is no score and no winner.
        </li>
      </ol>
      <form onSubmit={submit} noValidate className="panel">
        <h2>Start here</h2>
        <div className="field">
          <label htmlFor={nameId}>What should the other person see as your name?</label>
          <input
            id={nameId}
            name="displayName"
            type="text"
            autoComplete="nickname"
            maxLength={LIMITS.name}
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${nameId}-error` : undefined}
            required
          />
          <FieldError id={`${nameId}-error`} messages={error} />
        </div>
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Just a moment…' : 'Begin'}
        </button>
      </form>
      <p>
        Been here before on another device? <Link href={pathFor.signIn()}>Sign in with your email</Link>, if you
        confirmed one in Reciprocity.
      </p>
    </div>
  );
}
