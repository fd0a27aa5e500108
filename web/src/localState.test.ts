import { beforeEach, describe, expect, it } from 'vitest';
import { writeLocalCopy } from './relationship/draftSaver';
import { escapeCounter, quickExit, quickExitUrl, DEFAULT_QUICK_EXIT_URL } from './help';
import { forgetKey, replaceOwnKey, storedKey, storeKey } from './identity';
import { clearAppState, forgetRelationship } from './localState';
import { appDepth, navigate } from './router';
import type { ExitHistory } from './help';

/** A history that records where the quick exit went: "back n" for a step back, then the page that replaced it. */
function fakeHistory(depth: number, went: string[]): ExitHistory {
  return {
    depth: () => depth,
    back: (steps, arrived) => {
      went.push(`back ${steps}`);
      arrived();
    },
    replace: (url) => went.push(url),
  };
}
import { emptyDraft } from './relationship/perspective';

function unsent(personId: string, relationshipId: string, words: string) {
  const d = emptyDraft();
  d.picture.text = words;
  writeLocalCopy(personId, relationshipId, 1, { draft: d, dirty: ['picture'] });
}

const appKeys = () =>
  [...Object.keys({ ...localStorage }), ...Object.keys({ ...sessionStorage }).map((k) => `session:${k}`)].filter((k) =>
    k.replace('session:', '').startsWith('reciprocity.'),
  );

describe('what the browser keeps, when the identity in it changes', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('clears every draft copy, step and invite when another person’s key arrives', () => {
    storeKey('alex-key');
    unsent('alex', 'r', 'alex-unsent');
    sessionStorage.setItem('reciprocity.step.r.1', '3');
    localStorage.setItem('reciprocity.invite.r', '{"url":"x","partnerName":"Sam"}');
    localStorage.setItem('other.app', 'kept');
    storeKey('sam-key');
    expect(storedKey()).toBe('sam-key');
    expect(appKeys()).toEqual(['reciprocity.accessKey']);
    expect(localStorage.getItem('other.app')).toBe('kept');
  });

  it('keeps the person’s own copies when the same key is stored again, or their key is replaced', () => {
    storeKey('alex-key');
    unsent('alex', 'r', 'alex-unsent');
    storeKey('alex-key');
    replaceOwnKey('alex-new-key');
    expect(storedKey()).toBe('alex-new-key');
    expect(localStorage.getItem('reciprocity.draft.alex.r.1')).toContain('alex-unsent');
  });

  it('signs out: the key and every local copy go', () => {
    storeKey('alex-key');
    unsent('alex', 'r', 'alex-unsent');
    sessionStorage.setItem('reciprocity.step.r.1', '2');
    forgetKey();
    expect(storedKey()).toBeNull();
    expect(appKeys()).toEqual([]);
  });

  it('forgets one relationship only, once it is left', () => {
    unsent('alex', 'r1', 'one');
    unsent('alex', 'r2', 'two');
    sessionStorage.setItem('reciprocity.step.r1.1', '2');
    forgetRelationship('r1');
    expect(appKeys()).toEqual(['reciprocity.draft.alex.r2.1']);
  });

  it('can keep some keys while clearing the rest', () => {
    storeKey('k');
    unsent('alex', 'r', 'x');
    clearAppState(['reciprocity.accessKey']);
    expect(appKeys()).toEqual(['reciprocity.accessKey']);
  });
});

describe('quick exit', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('clears the app’s state and replaces the page with the neutral one', () => {
    storeKey('alex-key');
    unsent('alex', 'r', 'alex-unsent');
    sessionStorage.setItem('reciprocity.step.r.1', '2');
    const went: string[] = [];
    quickExit(fakeHistory(0, went));
    expect(appKeys()).toEqual([]);
    expect(went).toEqual([DEFAULT_QUICK_EXIT_URL]);
  });

  it('steps back over every page the app opened in this tab, then replaces the first one, so Back leaves the app', () => {
    const went: string[] = [];
    quickExit(fakeHistory(3, went));
    expect(went).toEqual(['back 3', DEFAULT_QUICK_EXIT_URL]);
  });

  it('counts the pages it opened in each history entry, a replaced one keeping its place', () => {
    expect(appDepth(null)).toBe(0);
    navigate('/help');
    navigate('/your-data');
    expect(appDepth()).toBe(2);
    navigate('/', true);
    expect(appDepth()).toBe(2);
    expect(appDepth({ appDepth: -1 })).toBe(0);
  });

  it('follows only an http(s) neutral page', () => {
    expect(quickExitUrl({ resources: [], quickExitUrl: 'https://example.org/weather' })).toBe('https://example.org/weather');
    expect(quickExitUrl({ resources: [], quickExitUrl: 'javascript:alert(1)' })).toBe(DEFAULT_QUICK_EXIT_URL);
    expect(quickExitUrl({ resources: [], quickExitUrl: '' })).toBe(DEFAULT_QUICK_EXIT_URL);
    expect(quickExitUrl(null)).toBe(DEFAULT_QUICK_EXIT_URL);
  });

  it('leaves on the third Escape within a moment, not on slow or interrupted ones', () => {
    let t = 0;
    const third = escapeCounter(1500, () => t);
    expect([third('Escape'), third('Escape'), third('Escape')]).toEqual([false, false, true]);
    expect([third('Escape'), third('Escape'), third('a'), third('Escape')]).toEqual([false, false, false, false]);
    const slow = escapeCounter(1500, () => t);
    for (const at of [0, 1000, 2000]) {
      t = at;
      expect(slow('Escape')).toBe(false);
    }
  });
});
