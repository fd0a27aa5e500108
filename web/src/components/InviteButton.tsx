import { useState } from 'react';
import { api, friendlyError } from '../api';
import { inviteLink } from '../invites';

/** Asks for an invite code (the first for a solo reflection, or a fresh one) and hands on its link. */
export function InviteButton({ relationshipId, label, onInvited }: { relationshipId: string; label: string; onInvited: (url: string) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function invite() {
    setBusy(true);
    setError(null);
    try {
      const created = await api.invite(relationshipId);
      onInvited(inviteLink(window.location.origin, created.inviteCode, created.inviteUrl));
    } catch (e) {
      setError(friendlyError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" onClick={invite} disabled={busy}>
        {label}
      </button>
    </>
  );
}
