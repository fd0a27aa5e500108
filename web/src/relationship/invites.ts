// The invite link, built on this page's origin so it works behind any proxy, and remembered on
// this device until the other person joins (the server returns the code only once).
import { pathFor } from '../router';

export function inviteLink(origin: string, code: string, serverUrl?: string | null): string {
  if (serverUrl) {
    try {
      const u = new URL(serverUrl, origin);
      if (u.pathname.startsWith('/join/')) return `${origin}${u.pathname}`;
    } catch {
      /* fall back to the code */
    }
  }
  return `${origin}${pathFor.join(code)}`;
}

const key = (relationshipId: string) => `reciprocity.invite.${relationshipId}`;

export interface RememberedInvite {
  url: string;
  partnerName: string;
}

export function rememberInvite(relationshipId: string, invite: RememberedInvite): void {
  try {
    localStorage.setItem(key(relationshipId), JSON.stringify(invite));
  } catch {
    /* not essential */
  }
}

export function rememberedInvite(relationshipId: string): RememberedInvite | null {
  try {
    const raw = localStorage.getItem(key(relationshipId));
    return raw ? (JSON.parse(raw) as RememberedInvite) : null;
  } catch {
    return null;
  }
}

/** The invite was taken back, or someone joined: the link this device kept no longer opens anything. */
export function forgetInvite(relationshipId: string): void {
  try {
    localStorage.removeItem(key(relationshipId));
  } catch {
    /* nothing kept */
  }
}
