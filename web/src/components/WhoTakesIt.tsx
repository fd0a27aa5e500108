import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { api, ApiError } from '../api';
import { LIMITS, validateName } from '../validation';
import { FieldError } from './FieldError';

// What an invite link and a seat link share: they open something for the person already in this browser, or for a
// new person under a name they choose here.

/** The display name of the person already in this browser, once known (null while unknown or when there is none). */
export function useMyName(hasIdentity: boolean): string | null {
  const [myName, setMyName] = useState<string | null>(null);
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
  return myName;
}

/** "Join as Alex" or "Not Alex? … under another name" (only "Join as Alex" when there is no other way in). */
export function AsMeOrAnother({
  myName,
  busy,
  asMe,
  asAnother,
  onMe,
  onAnother,
}: {
  myName: string | null;
  busy: boolean;
  asMe: (name: string | null) => string;
  asAnother?: string;
  onMe: () => void;
  onAnother: () => void;
}) {
  return (
    <div className="panel">
      <p>
        <button type="button" className="primary" onClick={onMe} disabled={busy}>
          {asMe(myName)}
        </button>
      </p>
      {asAnother && (
        <p>
          <button type="button" className="link-button" onClick={onAnother}>
            {myName ? <FormattedMessage id="components.WhoTakesIt.notYou" values={{ name: <bdi>{myName}</bdi>, asAnother }} /> : asAnother}
          </button>
        </p>
      )}
    </div>
  );
}

/**
 * The name form for a new person: on submit it checks the name, creates the person, keeps their key in this browser
 * (`onIdentity`) and then takes what the link opens (`take`). A name the server refuses shows at the field; any other
 * failure goes to `onFailure`.
 */
export function NewNameForm<T>({
  hasIdentity,
  initialName = '',
  label,
  hint,
  submit,
  busyLabel,
  onIdentity,
  take,
  onTaken,
  onFailure,
  onBusy,
}: {
  hasIdentity: boolean;
  initialName?: string;
  label: string;
  hint?: ReactNode;
  submit: string;
  busyLabel: string;
  onIdentity: (key: string) => void;
  take: () => Promise<T>;
  onTaken: (taken: T, key: string) => void;
  onFailure: (e: unknown) => void;
  onBusy?: (busy: boolean) => void;
}) {
  const intl = useIntl();
  const nameId = useId();
  const [name, setName] = useState(initialName);
  const [nameError, setNameError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [nameFrom, setNameFrom] = useState(initialName);
  if (nameFrom !== initialName) {
    setNameFrom(initialName);
    setName(initialName);
  }

  const busyNow = (value: boolean) => {
    setBusy(value);
    onBusy?.(value);
  };

  async function send(e: FormEvent) {
    e.preventDefault();
    const err = validateName(name, intl);
    setNameError(err);
    if (err) return;
    busyNow(true);
    try {
      const person = await api.createPerson(name.trim());
      onIdentity(person.accessKey);
      onTaken(await take(), person.accessKey);
    } catch (ex) {
      const field = ex instanceof ApiError ? ex.fieldErrors.displayName : undefined;
      if (field) setNameError(field.join(' '));
      else onFailure(ex);
    } finally {
      busyNow(false);
    }
  }

  const described = [hint ? `${nameId}-hint` : '', nameError ? `${nameId}-error` : ''].filter(Boolean).join(' ');
  return (
    <form onSubmit={send} noValidate className="panel">
      <h2>
        <FormattedMessage id="components.WhoTakesIt.nameTitle" />
      </h2>
      {hasIdentity && (
        <p className="notice">
          <FormattedMessage id="components.WhoTakesIt.switchNotice" />
        </p>
      )}
      <div className="field">
        <label htmlFor={nameId}>{label}</label>
        {hint && (
          <p className="hint" id={`${nameId}-hint`}>
            {hint}
          </p>
        )}
        <input
          id={nameId}
          type="text"
          autoComplete="nickname"
          maxLength={LIMITS.name}
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={described || undefined}
          required
        />
        <FieldError id={`${nameId}-error`} messages={nameError} />
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {busy ? busyLabel : submit}
      </button>
    </form>
  );
}
