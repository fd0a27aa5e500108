// The access key lives in this browser. The personal link carries it in the URL fragment,
// which browsers never send to a server, so it is not in any request path or access log.

const STORAGE_KEY = 'reciprocity.accessKey';

export function storedKey(storage: Storage = localStorage): string | null {
  try {
    return storage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function storeKey(key: string, storage: Storage = localStorage): void {
  storage.setItem(STORAGE_KEY, key);
}

export function forgetKey(storage: Storage = localStorage): void {
  storage.removeItem(STORAGE_KEY);
}

export const personalLink = (origin: string, key: string): string => `${origin}/#key=${encodeURIComponent(key)}`;

/** The key in a fragment like "#key=abc" (other fragment parameters are kept), or null. */
export function keyFromFragment(hash: string): { key: string; rest: string } | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const key = params.get('key');
  if (!key) return null;
  params.delete('key');
  const rest = params.toString();
  return { key: key.trim(), rest: rest ? `#${rest}` : '' };
}

/** On start: adopt a key from the personal link and remove it from the address bar and history. */
export function adoptKeyFromLocation(): boolean {
  const found = keyFromFragment(window.location.hash);
  if (!found || !found.key) return false;
  storeKey(found.key);
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', pathname + search + found.rest);
  return true;
}
