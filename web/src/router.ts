// A tiny router over the History API; the host falls back to index.html for these paths.
import { useEffect, useState } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'new' }
  | { name: 'link' }
  | { name: 'journey' }
  | { name: 'reading' }
  | { name: 'join'; code: string }
  | { name: 'relationship'; id: string }
  | { name: 'help'; reflectionId: string | null }
  | { name: 'yourData' }
  | { name: 'newSession' }
  | { name: 'session'; id: string; view: 'board' | 'present' | 'report' }
  | { name: 'seat'; code: string }
  | { name: 'practice' }
  | { name: 'household'; id: string }
  | { name: 'signIn' }
  | { name: 'signInLink'; token: string }
  | { name: 'notFound' };

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  if (parts.length === 0) return { name: 'home' };
  if (parts.length === 1 && parts[0] === 'new') return { name: 'new' };
  if (parts.length === 1 && parts[0] === 'link') return { name: 'link' };
  if (parts.length === 1 && parts[0] === 'start') return { name: 'journey' };
  if (parts.length === 1 && parts[0] === 'reading') return { name: 'reading' };
  if (parts.length === 2 && parts[0] === 'join' && parts[1]) return { name: 'join', code: parts[1] };
  if (parts.length === 2 && parts[0] === 'r' && parts[1]) return { name: 'relationship', id: parts[1] };
  if (parts.length === 1 && parts[0] === 'help') return { name: 'help', reflectionId: null };
  if (parts.length === 2 && parts[0] === 'help' && parts[1]) return { name: 'help', reflectionId: parts[1] };
  if (parts.length === 1 && parts[0] === 'your-data') return { name: 'yourData' };
  if (parts[0] === 'sessions') {
    if (parts.length === 2 && parts[1] === 'new') return { name: 'newSession' };
    if (parts.length === 2 && parts[1]) return { name: 'session', id: parts[1], view: 'board' };
    if (parts.length === 3 && parts[1] && (parts[2] === 'present' || parts[2] === 'report')) return { name: 'session', id: parts[1], view: parts[2] };
  }
  if (parts.length === 2 && parts[0] === 'seat' && parts[1]) return { name: 'seat', code: parts[1] };
  if (parts.length === 1 && parts[0] === 'practice') return { name: 'practice' };
  if (parts.length === 2 && parts[0] === 'practice' && parts[1]) return { name: 'household', id: parts[1] };
  if (parts.length === 1 && parts[0] === 'sign-in') return { name: 'signIn' };
  if (parts.length === 2 && parts[0] === 'sign-in' && parts[1]) return { name: 'signInLink', token: parts[1] };
  return { name: 'notFound' };
}

export const pathFor = {
  home: () => '/',
  newRelationship: () => '/new',
  link: () => '/link',
  journey: () => '/start',
  reading: () => '/reading',
  join: (code: string) => `/join/${encodeURIComponent(code)}`,
  relationship: (id: string) => `/r/${encodeURIComponent(id)}`,
  help: (reflectionId?: string) => (reflectionId ? `/help/${encodeURIComponent(reflectionId)}` : '/help'),
  yourData: () => '/your-data',
  newSession: () => '/sessions/new',
  session: (id: string) => `/sessions/${encodeURIComponent(id)}`,
  present: (id: string) => `/sessions/${encodeURIComponent(id)}/present`,
  report: (id: string) => `/sessions/${encodeURIComponent(id)}/report`,
  seat: (code: string) => `/seat/${encodeURIComponent(code)}`,
  practice: () => '/practice',
  household: (id: string) => `/practice/${encodeURIComponent(id)}`,
  signIn: () => '/sign-in',
};

const EVENT = 'reciprocity:navigate';

/** How many entries this tab's history holds on top of the first page of the app it opened (kept in each entry's state). */
export function appDepth(state: unknown = window.history.state): number {
  const depth = (state as { appDepth?: unknown } | null)?.appDepth;
  return typeof depth === 'number' && Number.isInteger(depth) && depth > 0 ? depth : 0;
}

export function navigate(path: string, replace = false): void {
  const depth = appDepth();
  if (replace) window.history.replaceState({ appDepth: depth }, '', path);
  else window.history.pushState({ appDepth: depth + 1 }, '', path);
  window.dispatchEvent(new Event(EVENT));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.pathname));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.pathname));
    window.addEventListener('popstate', update);
    window.addEventListener(EVENT, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(EVENT, update);
    };
  }, []);
  return route;
}

/** Click handler for in-app links: plain clicks navigate without a reload, modified clicks behave as usual. */
export function linkClick(e: React.MouseEvent<HTMLAnchorElement>): void {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  navigate(e.currentTarget.getAttribute('href') ?? '/');
}
