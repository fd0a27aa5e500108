import { FormattedMessage } from 'react-intl';
import { api, ApiError, friendlyError } from '../api';
import { inviteLink } from './invites';
import { useAction } from '../useAction';

/**
 * Asks for an invite code and hands on its link. Without `replace` it never makes a second code while one is out: the
 * server refuses (409) and `onAlreadyOut` shows the invite that is out. With `replace` the label must say the old link
 * stops working.
 */
export function InviteButton({
  relationshipId,
  label,
  replace = false,
  onInvited,
  onAlreadyOut,
}: {
  relationshipId: string;
  label: string;
  replace?: boolean;
  onInvited: (url: string) => void;
  onAlreadyOut?: () => void;
}) {
  const { run, busy, error } = useAction((e, intl) => {
    if (!(!replace && e instanceof ApiError && e.status === 409 && onAlreadyOut)) return friendlyError(e, intl);
    onAlreadyOut();
    return null;
  });

  async function invite() {
    await run(async () => {
      const created = await api.invite(relationshipId, replace);
      onInvited(inviteLink(window.location.origin, created.inviteCode, created.inviteUrl));
    });
  }

  return (
    <>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" onClick={invite} disabled={busy}>
        {busy ? <FormattedMessage id="relationship.InviteButton.making" /> : label}
      </button>
    </>
  );
}
