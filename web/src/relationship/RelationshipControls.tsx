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
export function controlsTitle(invite: boolean, removal: boolean, leaving: boolean): string {
  const parts = [invite && 'the invite', removal && 'who takes part', leaving && 'stopping here'].filter((p): p is string => !!p);
  const title = parts.length > 1 ? `${parts.slice(0, -1).join(', ')}, and ${parts[parts.length - 1]}` : (parts[0] ?? 'stopping here');
  return title[0].toUpperCase() + title.slice(1);
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
      setMessage('The invite link no longer works. You can make a new one whenever you like.');
      refetch();
    } catch (e) {
      setError(friendlyError(e));
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
      setMessage('They are removed. Nothing they wrote here is kept, and they can no longer open it. You can invite someone again.');
      onView(next);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409)
        setError(
          'This can’t be done here: only the person who sent the invite can remove someone, and only before a check-in has opened. You can leave instead.',
        );
      else setError(friendlyError(e));
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
          ? 'This is part of a session with a facilitator: to leave it, leave the session.'
          : friendlyError(e),
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
      <h2 id="controls-title">{controlsTitle(offersInvite, offersRemoval, offersLeaving)}</h2>
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
            Sent the link to the wrong person, or changed your mind? Take the invite back: the link stops working at once,
            and {partnerName} isn’t told anything.
          </p>
          {revoking === 'closed' && (
            <button type="button" onClick={() => setRevoking('asking')}>
              Take back the invite…
            </button>
          )}
          <Confirm
            id="revoke-confirm-title"
            question="Take back the invite? The link will stop working."
            yes="Yes, take it back"
            no="Keep the invite"
            step={revoking}
            onYes={revoke}
            onNo={() => setRevoking('closed')}
          />
        </>
      )}
      {waitingForJoin && !view.invitePending && !hasInviteLink && (
        <>
          <p>No invite is out. When you’re ready, make a new link for {partnerName}.</p>
          <InviteButton relationshipId={id} label="Make a new invite link" onInvited={onInvited} onAlreadyOut={refetch} />
        </>
      )}

      {offersRemoval && (
        <details>
          <summary>Did the wrong person join?</summary>
          <p>
            If someone other than the person you meant joined with your invite, you can remove {partnerName}. Everything
            they wrote here is deleted and they can no longer open it; your own answers stay. This works until a check-in has
            opened.
          </p>
          {removing === 'closed' && (
            <button type="button" className="danger" onClick={() => setRemoving('asking')}>
              Remove {partnerName}…
            </button>
          )}
          <Confirm
            id="remove-confirm-title"
            question={`Remove ${partnerName} from this relationship?`}
            yes={`Yes, remove ${partnerName}`}
            no="Keep them"
            step={removing}
            onYes={remove}
            onNo={() => setRemoving('closed')}
          />
        </details>
      )}

      {offersLeaving && (
        <details>
          <summary>Stop reflecting on this here</summary>
          {alone ? (
            <p>If you remove it, this relationship and everything you wrote in it are deleted for good.</p>
          ) : (
            <>
              <p>
                If you remove it, everything you wrote here is deleted: every check-in, your notes, and the names you typed. No
                new check-in can start.
              </p>
              <p>
                {partnerName} keeps the relationship with their own answers and the dates rounds opened, but nothing you
                wrote. What {partnerName} already saw of check-ins that opened, they may have read, printed or saved: that
                cannot be taken back.
              </p>
            </>
          )}
          {leaving === 'closed' && (
            <button type="button" className="danger" onClick={() => setLeaving('asking')}>
              Remove it from Reciprocity…
            </button>
          )}
          <Confirm
            id="leave-confirm-title"
            question="Remove it from Reciprocity and delete everything you wrote here?"
            yes="Yes, remove it and delete my words"
            no="Keep it"
            step={leaving}
            onYes={leave}
            onNo={() => setLeaving('closed')}
          />
        </details>
      )}
    </section>
  );
}
