// The secret of this device's new key, made here (32 random bytes, base64url). Kept in the tab for its link, so a
// press whose answer was lost (a dropped connection, a restarting server) asks again with the same secret and gets
// the same key, instead of finding the link spent.

const STORE = 'reciprocity.signInSecret';

export function newDeviceSecret(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(32));
  let binary = '';
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The secret this tab made for the link with <code>token</code>, or a new one, kept for it. */
export function deviceSecretFor(token: string, storage: Storage | null = tabStorage(), make: () => string = newDeviceSecret): string {
  try {
    const kept = storage ? (JSON.parse(storage.getItem(STORE) ?? 'null') as { token?: string; secret?: string } | null) : null;
    if (kept?.token === token && typeof kept.secret === 'string' && kept.secret.length === 43) return kept.secret;
  } catch {
    /* unreadable: make a new one */
  }
  const secret = make();
  try {
    storage?.setItem(STORE, JSON.stringify({ token, secret }));
  } catch {
    /* a tab that keeps nothing still signs in; only a lost answer would need a new link */
  }
  return secret;
}

function tabStorage(): Storage | null {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
}
