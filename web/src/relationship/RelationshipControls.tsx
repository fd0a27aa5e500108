import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { useState } from 'react';
import { api, ApiError, friendlyError } from '../api';
import { forgetInvite } from './invites';
import { forgetRelationship } from '../localState';
import { navigate, pathFor } from '../router';
import type { RelationshipView } from '../types';
import { InviteButton } from './InviteButton';

/** No shared round has opened yet: the person who joined can still be removed. */
export const nothingSharedYet = (view: RelationshipView): boolean =>
  !view.history.some((h) => h.solo !== true) && !(view.round.revealed && view.round.solo !== true);

type Step = 'closed' | 'asking' | 'busy';

/** A confirmation in plain words: the first button only asks, the second one acts. */
function Confirm({
  id,
  question,
  yes,
  no,
  step,
  onYes,
  onNo,
}: {
  id: string;
  question: string;
  yes: string;
  no: string;
  step: Step;
  onYes: () => void;
  onNo: () => void;
}) {
  if (step === 'closed') return null;
  return (
    <div className="panel" role="group" aria-labelledby={id}>
      <h3 id={id}>{question}</h3>
      <div className="button-row">
        <button type="button" className="danger primary" onClick={onYes} disabled={step === 'busy'}>
          {yes}
        </button>
        <button type="button" onClick={onNo} disabled={step === 'busy'}>
          {no}
        </button>
      </div>
    </div>
  );
}

/** What the controls hold, in one title: "The invite", "Who takes part, and stopping here"… */
export function controlsTitle(intl: IntlShape, invite: boolean, removal: boolean, leaving: boolean): string {
  const parts = `${invite ? 'i' : ''}${removal ? 'r' : ''}${leaving ? 'l' : ''}` || 'l';
  return intl.formatMessage({ id: 'relationship.RelationshipControls.title' }, { parts });
}

/** The invite (take it back, make a new one), removing whoever joined by mistake, and leaving. */
export function RelationshipControls({
  view,
  partnerName,
  hasInviteLink,
  rating = false,
  onView,
  onInvited,
  refetch,
}: {
  view: RelationshipView;
  partnerName: string;
  /** The rating steps are on screen: removing the relationship is not offered under them. */
  rating?: boolean;
  /** This device shows the invite link (so "make a new one" is offered elsewhere). */
  hasInviteLink: boolean;
  onView: (v: RelationshipView) => void;
  onInvited: (url: string) => void;
  refetch: () => void;
}) {
  const id = view.relationshipId;
  const intl = useIntl();
  const name = <bdi>{partnerName}</bdi>;
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<Step>('closed');
  const [removing, setRemoving] = useState<Step>('closed');
  const [leaving, setLeaving] = useState<Step>('closed');

  const waitingForJoin = !view.partner && view.solo !== true;
  const joined = !!view.partner && view.partner.left !== true;
  const facilitated = view.revealPolicy === 'facilitator';

  async function revoke() {
    setRevoking('busy');
    setError(null);
    try {
      await api.revokeInvite(id);
      forgetInvite(id);
      setMessage(intl.formatMessage({ id: 'relationship.RelationshipControls.revoked' }));
      refetch();
    } catch (e) {
      setError(friendlyError(e, intl));
      refetch();
    } finally {
      setRevoking('closed');
    }
  }

  async function remove() {
    setRemoving('busy');
    setError(null);
    try {
      const next = await api.removePartner(id);
      forgetInvite(id);
      setMessage(intl.formatMessage({ id: 'relationship.RelationshipControls.removed' }));
      onView(next);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409)
        setError(intl.formatMessage({ id: 'relationship.RelationshipControls.cannotRemove' }));
      else setError(friendlyError(e, intl));
      refetch();
    } finally {
      setRemoving('closed');
    }
  }

  async function leave() {
    setLeaving('busy');
    setError(null);
    try {
      await api.leave(id);
      forgetRelationship(id);
      navigate(pathFor.home(), true);
    } catch (e) {
      setError(
        e instanceof ApiError && e.status === 409 && facilitated
          ? intl.formatMessage({ id: 'relationship.RelationshipControls.inSession' })
          : friendlyError(e, intl),
      );
      setLeaving('closed');
    }
  }

  const alone = view.solo === true || !view.partner || view.partner.left === true;
  const offersLeaving = !facilitated && !rating;
  const offersRemoval = joined && view.me.inviter === true && nothingSharedYet(view) && !facilitated;
  const offersInvite = waitingForJoin && (view.invitePending || !hasInviteLink);
  if (!offersLeaving && !offersRemoval && !offersInvite && !message && !error) return null;
  return (
    <section className="panel relationship-controls" aria-labelledby="controls-title">
      <h2 id="controls-title">{controlsTitle(intl, offersInvite, offersRemoval, offersLeaving)}</h2>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <p role="status" className="status-line">
        {message}
      </p>

      {waitingForJoin && view.invitePending && (
        <>
          <p>
            <FormattedMessage id="relationship.RelationshipControls.revokeExplain" values={{ name }} />
          </p>
          {revoking === 'closed' && (
            <button type="button" onClick={() => setRevoking('asking')}>
              <FormattedMessage id="relationship.RelationshipControls.revoke" />
            </button>
          )}
          <Confirm
            id="revoke-confirm-title"
            question={intl.formatMessage({ id: 'relationship.RelationshipControls.revokeQuestion' })}
            yes={intl.formatMessage({ id: 'relationship.RelationshipControls.revokeYes' })}
            no={intl.formatMessage({ id: 'relationship.RelationshipControls.revokeNo' })}
            step={revoking}
            onYes={revoke}
            onNo={() => setRevoking('closed')}
          />
        </>
      )}
      {waitingForJoin && !view.invitePending && !hasInviteLink && (
        <>
          <p>
            <FormattedMessage id="relationship.RelationshipControls.noInvite" values={{ name }} />
          </p>
          <InviteButton
            relationshipId={id}
            label={intl.formatMessage({ id: 'relationship.RelationshipControls.newInvite' })}
            onInvited={onInvited}
            onAlreadyOut={refetch}
          />
        </>
      )}

      {offersRemoval && (
        <details>
          <summary>
            <FormattedMessage id="relationship.RelationshipControls.wrongPerson" />
          </summary>
          <p>
            <FormattedMessage id="relationship.RelationshipControls.removeExplain" values={{ name }} />
          </p>
          {removing === 'closed' && (
            <button type="button" className="danger" onClick={() => setRemoving('asking')}>
              {/* A plain name: a button's accessible name is its text, and an isolating element would add a space to it. */}
              <FormattedMessage id="relationship.RelationshipControls.remove" values={{ name: partnerName }} />
            </button>
          )}
          <Confirm
            id="remove-confirm-title"
            question={intl.formatMessage({ id: 'relationship.RelationshipControls.removeQuestion' }, { name: partnerName })}
            yes={intl.formatMessage({ id: 'relationship.RelationshipControls.removeYes' }, { name: partnerName })}
            no={intl.formatMessage({ id: 'relationship.RelationshipControls.removeNo' })}
            step={removing}
            onYes={remove}
            onNo={() => setRemoving('closed')}
          />
        </details>
      )}

      {offersLeaving && (
        <details>
          <summary>
            <FormattedMessage id="relationship.RelationshipControls.stop" />
          </summary>
          {alone ? (
            <p>
              <FormattedMessage id="relationship.RelationshipControls.leaveAlone" />
            </p>
          ) : (
            <>
              <p>
                <FormattedMessage id="relationship.RelationshipControls.leaveDeletes" />
              </p>
              <p>
                <FormattedMessage id="relationship.RelationshipControls.leaveTheyKeep" values={{ name }} />
              </p>
            </>
          )}
          {leaving === 'closed' && (
            <button type="button" className="danger" onClick={() => setLeaving('asking')}>
              <FormattedMessage id="relationship.RelationshipControls.leave" />
            </button>
          )}
          <Confirm
            id="leave-confirm-title"
            question={intl.formatMessage({ id: 'relationship.RelationshipControls.leaveQuestion' })}
            yes={intl.formatMessage({ id: 'relationship.RelationshipControls.leaveYes' })}
            no={intl.formatMessage({ id: 'relationship.RelationshipControls.leaveNo' })}
            step={leaving}
            onYes={leave}
            onNo={() => setLeaving('closed')}
          />
        </details>
      )}
    </section>
  );
}
