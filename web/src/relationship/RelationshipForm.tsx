import { FormattedMessage, useIntl } from 'react-intl';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { api, ApiError, friendlyError } from '../api';
import { useAction } from '../useAction';
import { inviteLink, rememberInvite } from './invites';
import { useMethodWords } from '../method';
import type { Kind, NewRelationship } from '../types';
import { LIMITS, validateLabel, validateText } from '../validation';
import { FieldError } from '../components/FieldError';

const KINDS: Kind[] = ['partner', 'closeFriend', 'familyMember', 'other'];
const FORM_FIELDS = ['kind', 'label', 'partnerName', 'solo', 'revealPolicy'];

export interface Created {
  relationshipId: string;
  partnerName: string;
  /** Null for a solo reflection. */
  inviteUrl: string | null;
}

/**
 * Starting a relationship: who it is with, whether to reflect alone or invite them, and for an invite how it
 * opens. `kind` fixes the kind (the guided start asks for one at a time); without it the person chooses.
 */
export function RelationshipForm({
  kind: fixedKind,
  withLabel = false,
  soloSubmit,
  onCreated,
  children,
}: {
  kind?: Kind;
  withLabel?: boolean;
  /** What the submit says for a reflection alone: where the press leads (the guided start moves on, it does not start). */
  soloSubmit?: string;
  onCreated: (created: Created) => void;
  /** More actions beside the submit button, such as "Not now". */
  children?: ReactNode;
}) {
  const { KIND_WORDS } = useMethodWords();
  const id = useId();
  const intl = useIntl();
  const [kind, setKind] = useState<Kind>(fixedKind ?? 'partner');
  const [partnerName, setPartnerName] = useState('');
  const [label, setLabel] = useState('');
  const [solo, setSolo] = useState<boolean | null>(null);
  const [revealPolicy, setRevealPolicy] = useState<NewRelationship['revealPolicy']>('auto');
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Fields a 400 named are said beside them; anything else (or a field this form does not show) above the form.
  const { run, busy, error: formError, setError: setFormError } = useAction((err) => {
    if (!(err instanceof ApiError && Object.keys(err.fieldErrors).length > 0)) return friendlyError(err, intl);
    const fieldErrors: Record<string, string> = {};
    for (const [path, msgs] of Object.entries(err.fieldErrors)) fieldErrors[path] = msgs.join(' ');
    setErrors(fieldErrors);
    return FORM_FIELDS.some((f) => f in fieldErrors) ? null : friendlyError(err, intl);
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const next: Record<string, string> = {};
    const nameProblem = validateText(partnerName, LIMITS.name, 'their name', true, intl);
    if (nameProblem) next.partnerName = nameProblem;
    const labelProblem = validateLabel(label, intl);
    if (labelProblem) next.label = labelProblem;
    if (solo === null) next.solo = intl.formatMessage({ id: 'relationship.RelationshipForm.chooseHow' });
    setErrors(next);
    setFormError(null);
    if (Object.keys(next).length > 0) return;
    await run(async () => {
      const name = partnerName.trim();
      const r = await api.createRelationship({ kind, label: label.trim() || name, partnerName: name, solo: solo === true, revealPolicy });
      const url = r.inviteCode ? inviteLink(window.location.origin, r.inviteCode, r.inviteUrl) : null;
      if (url) rememberInvite(r.relationshipId, { url, partnerName: name });
      onCreated({ relationshipId: r.relationshipId, partnerName: name, inviteUrl: url });
    });
  }

  const described = (field: string) => (errors[field] ? `${id}-${field}-error` : undefined);
  const who = { name: <bdi>{partnerName.trim()}</bdi>, named: partnerName.trim() ? 'yes' : 'no' };

  return (
    <form onSubmit={submit} noValidate className="panel relationship-form">
      {!fixedKind && (
        <fieldset>
          <legend>
            <FormattedMessage id="relationship.RelationshipForm.who" />
          </legend>
          <div className="choice-list">
            {KINDS.map((k) => (
              <label key={k} className="choice">
                <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} />
                <span>{KIND_WORDS[k]}</span>
              </label>
            ))}
          </div>
          <FieldError id={`${id}-kind-error`} messages={errors.kind} />
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={`${id}-partner`}>
          <FormattedMessage id="relationship.RelationshipForm.name" />
        </label>
        <p className="hint" id={`${id}-partner-hint`}>
          <FormattedMessage id="relationship.RelationshipForm.nameHint" />
        </p>
        <input
          id={`${id}-partner`}
          type="text"
          autoComplete="off"
          maxLength={LIMITS.name}
          value={partnerName}
          onChange={(e) => setPartnerName(e.target.value)}
          aria-invalid={errors.partnerName ? true : undefined}
          aria-describedby={[`${id}-partner-hint`, described('partnerName')].filter(Boolean).join(' ')}
          required
        />
        <FieldError id={`${id}-partnerName-error`} messages={errors.partnerName} />
      </div>
      {withLabel && (
        <div className="field">
          <label htmlFor={`${id}-label`}>
            <FormattedMessage id="relationship.RelationshipForm.label" />
          </label>
          <p className="hint" id={`${id}-label-hint`}>
            <FormattedMessage id="relationship.RelationshipForm.labelHint" />
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
      )}
      <fieldset aria-describedby={described('solo')}>
        <legend>
          <FormattedMessage id="relationship.RelationshipForm.begin" />
        </legend>
        <div className="choice-list">
          <label className="choice">
            <input type="radio" name={`${id}-solo`} checked={solo === true} onChange={() => setSolo(true)} />
            <span>
              <strong>
                <FormattedMessage id="relationship.RelationshipForm.solo" />
              </strong>
              <span className="choice-hint">
                <FormattedMessage id="relationship.RelationshipForm.soloHint" values={who} />
              </span>
            </span>
          </label>
          <label className="choice">
            <input type="radio" name={`${id}-solo`} checked={solo === false} onChange={() => setSolo(false)} />
            <span>
              <strong>
                <FormattedMessage id="relationship.RelationshipForm.invite" values={who} />
              </strong>
              <span className="choice-hint">
                <FormattedMessage id="relationship.RelationshipForm.inviteHint" />
              </span>
            </span>
          </label>
        </div>
        <FieldError id={`${id}-solo-error`} messages={errors.solo} />
      </fieldset>
      {solo === false && (
        <fieldset aria-describedby={described('revealPolicy')}>
          <legend>
            <FormattedMessage id="relationship.RelationshipForm.when" />
          </legend>
          <div className="choice-list">
            <label className="choice">
              <input type="radio" name={`${id}-policy`} checked={revealPolicy === 'auto'} onChange={() => setRevealPolicy('auto')} />
              <span>
                <strong>
                  <FormattedMessage id="relationship.RelationshipForm.auto" />
                </strong>
                <span className="choice-hint">
                  <FormattedMessage id="relationship.RelationshipForm.autoHint" />
                </span>
              </span>
            </label>
            <label className="choice">
              <input type="radio" name={`${id}-policy`} checked={revealPolicy === 'together'} onChange={() => setRevealPolicy('together')} />
              <span>
                <strong>
                  <FormattedMessage id="relationship.RelationshipForm.together" />
                </strong>
                <span className="choice-hint">
                  <FormattedMessage id="relationship.RelationshipForm.togetherHint" />
                </span>
              </span>
            </label>
          </div>
          <FieldError id={`${id}-revealPolicy-error`} messages={errors.revealPolicy} />
        </fieldset>
      )}
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? (
            <FormattedMessage id="relationship.RelationshipForm.busy" />
          ) : solo === false ? (
            <FormattedMessage id="relationship.RelationshipForm.createInvite" />
          ) : (
            (soloSubmit ?? <FormattedMessage id="relationship.RelationshipForm.startSolo" />)
          )}
        </button>
        {/* While it is being created, the other way out (skipping it, say) would race the answer. */}
        {!busy && children}
      </div>
    </form>
  );
}
