// Help resources and the quick exit's neutral page, asked for once when the app loads and kept in memory only.
import { api } from './api';
import { clearAppState } from './localState';
import { appDepth } from './router';
import type { Help } from './types';

/** Where the quick exit goes while the server's answer has not come (or never came): an ordinary weather page. */
export const DEFAULT_QUICK_EXIT_URL = 'https://weather.com/';

let cached: Help | null = null;
let loading: Promise<Help | null> | null = null;

export function loadHelp(): Promise<Help | null> {
  if (cached) return Promise.resolve(cached);
  loading ??= api.help().then(
    (h) => (cached = h),
    () => {
      loading = null; // asked again by the next screen that needs it
      return null;
    },
  );
  return loading;
}

/** Only an http(s) address is followed: anything else falls back to the default. */
export function quickExitUrl(help: Help | null = cached): string {
  const url = help?.quickExitUrl;
  if (!url) return DEFAULT_QUICK_EXIT_URL;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : DEFAULT_QUICK_EXIT_URL;
  } catch {
    return DEFAULT_QUICK_EXIT_URL;
  }
}

/** How the quick exit moves through this tab's history; the browser's own by default, a fake in tests. */
export interface ExitHistory {
  /** Entries the app added on top of its first page in this tab. */
  depth: () => number;
  /** Goes back that many entries; calls `arrived` once there (or after a short wait, whichever comes first). */
  back: (steps: number, arrived: () => void) => void;
  /** Replaces the current entry with the neutral page. */
  replace: (url: string) => void;
}

const browserHistory: ExitHistory = {
  depth: () => appDepth(),
  back: (steps, arrived) => {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      window.removeEventListener('popstate', once);
      arrived();
    };
    window.addEventListener('popstate', once);
    window.setTimeout(once, 400); // a browser that never reports the traversal still leaves
    window.history.go(-steps);
  },
  replace: (url) => window.location.replace(url),
};

/**
 * Leaves at once: forgets everything the app kept in this browser, steps back over the pages this tab opened within
 * the app, and replaces the first of them with the neutral page, so Back leaves the app instead of returning to it.
 * Whatever the browser's own history list recorded is the person's to clear; this cannot reach it.
 */
export function quickExit(history: ExitHistory = browserHistory): void {
  clearAppState();
  const url = quickExitUrl();
  if (typeof document !== 'undefined') document.documentElement.style.visibility = 'hidden'; // nothing to glimpse on the way
  const steps = history.depth();
  if (steps > 0) history.back(steps, () => history.replace(url));
  else history.replace(url);
}

/** True on the third Escape within `withinMs`: the keyboard's quick exit. */
export function escapeCounter(withinMs = 1500, now: () => number = () => Date.now()): (key: string) => boolean {
  let presses: number[] = [];
  return (key) => {
    if (key !== 'Escape') {
      presses = [];
      return false;
    }
    const t = now();
    presses = [...presses.filter((p) => t - p <= withinMs), t];
    if (presses.length < 3) return false;
    presses = [];
    return true;
  };
}

/** For tests: forget the cached answer. */
export function resetHelpCache(): void {
  cached = null;
  loading = null;
}
