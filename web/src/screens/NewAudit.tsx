import { useId, useState, type FormEvent } from 'react';
import { api, ApiError, friendlyError } from '../api';
import { FieldError } from '../components/FieldError';
import { Heading } from '../components/Heading';
import { InvitePanel } from '../components/InvitePanel';
import { Link } from '../components/Link';
import { inviteLink, rememberInvite } from '../invites';
import { KIND_WORDS } from '../method';
import { pathFor } from '../router';
import type { Kind } from '../types';
import { LIMITS, validateLabel, validateName } from '../validation';

const KINDS: Kind[] = ['partner', 'closeFriend', 'familyMember', 'other'];

export function NewAudit() {
  const id = useId();
  const [kind, setKind] = useState<Kind>('partner');
  const [label, setLabel] = useState('');
  const [partnerName, setPartnerName] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ id: string; url: string; name: string } | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const next: Record<string, string> = {};
    const nameProblem = validateName(partnerName);
    if (nameProblem) next.partnerName = nameProblem.replace('a name', 'their name');
    const labelProblem = validateLabel(label);
    if (labelProblem) next.label = labelProblem;
    setErrors(next);
    setFormError(null);
    if (Object.keys(next).length > 0) return;
    setBusy(true);
    try {
      const name = partnerName.trim();
      const r = await api.createRelationship(kind, label.trim() || name, name);
      const url = inviteLink(window.location.origin, r.inviteCode, r.inviteUrl);
      rememberInvite(r.relationshipId, { url, partnerName: name });
      setCreated({ id: r.relationshipId, url, name });
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fieldErrors).length > 0) {
        const fieldErrors: Record<string, string> = {};
        for (const [path, msgs] of Object.entries(err.fieldErrors)) fieldErrors[path] = msgs.join(' ');
        setErrors(fieldErrors);
        if (!['kind', 'label', 'partnerName'].some((f) => f in fieldErrors)) setFormError(friendlyError(err));
      } else setFormError(friendlyError(err));
    } finally {
      setBusy(false);
    }
  }

  if (created) {
    return (
      <div className="screen">
        <Heading>Your audit with {created.name} is ready</Heading>
        <InvitePanel url={created.url} partnerName={created.name} />
        <p>You can start your side now; {created.name} can join whenever they’re ready.</p>
        <p>
          <Link href={pathFor.relationship(created.id)} className="button primary">
            Start my side
          </Link>
        </p>
      </div>
    );
  }

  const described = (field: string) => (errors[field] ? `${id}-${field}-error` : undefined);

  return (
    <div className="screen">
      <Heading>A new audit</Heading>
      <p className="lead">
        Choose the relationship you’d like to look at together. The other person gets an invite link; nothing is shared
        until you have both finished.
      </p>
      <form onSubmit={submit} noValidate className="panel">
        <fieldset>
          <legend>Who is this with?</legend>
          <div className="choice-list">
            {KINDS.map((k) => (
              <label key={k} className="choice">
                <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
                <span>{KIND_WORDS[k]}</span>
              </label>
            ))}
          </div>
          <FieldError id={`${id}-kind-error`} messages={errors.kind} />
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-partner`}>Their name</label>
          <input
            id={`${id}-partner`}
            type="text"
            autoComplete="off"
            maxLength={LIMITS.name}
            value={partnerName}
            onChange={(e) => setPartnerName(e.target.value)}
            aria-invalid={errors.partnerName ? true : undefined}
            aria-describedby={described('partnerName')}
            required
          />
          <FieldError id={`${id}-partnerName-error`} messages={errors.partnerName} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-label`}>A label for this audit (optional)</label>
          <p className="hint" id={`${id}-label-hint`}>
            Only the two of you see it. For example “Us, this spring”.
          </p>
          <input
            id={`${id}-label`}
            type="text"
            autoComplete="off"
            maxLength={LIMITS.label}
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            aria-invalid={errors.label ? true : undefined}
            aria-describedby={[`${id}-label-hint`, described('label')].filter(Boolean).join(' ')}
          />
          <FieldError id={`${id}-label-error`} messages={errors.label} />
        </div>
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create the invite'}
        </button>
      </form>
    </div>
  );
}
