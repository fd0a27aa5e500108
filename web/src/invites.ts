// The invite link, built on this page's origin so it works behind any proxy, and remembered on
// this device until the other person joins (the server returns the code only once).
import { pathFor } from './router';

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

export function rememberInvite(relationshipId: string, url: string): void {
  try {
    localStorage.setItem(key(relationshipId), url);
  } catch {
    /* not essential */
  }
}

export function rememberedInvite(relationshipId: string): string | null {
  try {
    return localStorage.getItem(key(relationshipId));
  } catch {
    return null;
  }
}
