// The access key lives in this browser. The personal link carries it in the URL fragment,
// which browsers never send to a server, so it is not in any request path or access log.

import { LANGUAGE_STORAGE_KEY } from './i18n/deviceLanguage';
import { clearAppState } from './localState';

export const STORAGE_KEY = 'reciprocity.accessKey';

export function storedKey(storage: Storage = localStorage): string | null {
  try {
    return storage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * This browser becomes the person with this key. When it was someone else (or nobody) before, everything the app
 * kept for them goes first, so one person's unsent words never appear in another's form.
 */
export function storeKey(key: string, storage: Storage = localStorage): void {
  // The device's language choice stays: the new person's own, once known, comes after it.
  if (storedKey(storage) !== key) clearAppState([LANGUAGE_STORAGE_KEY], [storage, ...sessionStore(storage)]);
  storage.setItem(STORAGE_KEY, key);
}

/** The same person's new key (their link was replaced): what they keep here stays. */
export function replaceOwnKey(key: string, storage: Storage = localStorage): void {
  storage.setItem(STORAGE_KEY, key);
}

/** Signs this browser out: the key and everything else the app kept here (drafts, steps, invites) go. */
export function forgetKey(storage: Storage = localStorage): void {
  clearAppState([], [storage, ...sessionStore(storage)]);
}

// The tab's session storage goes with the real local storage; tests pass their own storage alone.
function sessionStore(storage: Storage): Storage[] {
  try {
    return storage === localStorage ? [sessionStorage] : [];
  } catch {
    return [];
  }
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
