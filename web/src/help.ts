// Help resources and the quick exit's neutral page, asked for in the reader's language (the server words its general
// help by Accept-Language) and kept in memory only: each language's answer once, asked again when the language changes.
// The quick exit's page is the same in every language, and the quick exit never waits for an answer.
import { api } from './api';
import { requestLanguage } from './i18n/deviceLanguage';
import type { Language } from './i18n/languages';
import { clearAppState } from './localState';
import { appDepth } from './router';
import type { Help } from './types';

/** Where the quick exit goes while the server's answer has not come (or never came): an ordinary weather page. */
export const DEFAULT_QUICK_EXIT_URL = 'https://weather.com/';

const answered = new Map<Language, Help>();
const asking = new Map<Language, Promise<Help | null>>();
/** The last answer to arrive, in whichever language: the quick exit's page is in all of them. */
let latest: Help | null = null;

/** The help in `language` if it came already (for showing it at once), else `null`. */
export function knownHelp(language: Language): Help | null {
  return answered.get(language) ?? null;
}

/** The help in `language` (the language the app shows now by default); `null` when the server could not be asked. */
export function loadHelp(language: Language = requestLanguage()): Promise<Help | null> {
  const known = answered.get(language);
  if (known) return Promise.resolve(known);
  let pending = asking.get(language);
  if (!pending) {
    pending = api.help(language).then(
      (help) => {
        answered.set(language, help);
        latest = help;
        asking.delete(language);
        return help;
      },
      () => {
        asking.delete(language); // asked again by the next screen that needs it
        return null;
      },
    );
    asking.set(language, pending);
  }
  return pending;
}

/** Only an http(s) address is followed: anything else falls back to the default. */
export function quickExitUrl(help: Help | null = latest): string {
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

/** For tests: forget every answer. */
export function resetHelpCache(): void {
  answered.clear();
  asking.clear();
  latest = null;
}
