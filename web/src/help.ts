// Help resources and the quick exit's neutral page, asked for once when the app loads and kept in memory only.
import { api } from './api';
import { clearAppState } from './localState';
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

/**
 * Leaves at once: forgets everything the app kept in this browser and replaces this page with the neutral one, so
 * the back button does not return here.
 */
export function quickExit(go: (url: string) => void = (url) => window.location.replace(url)): void {
  clearAppState();
  go(quickExitUrl());
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
