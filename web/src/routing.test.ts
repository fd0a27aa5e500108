import { describe, expect, it } from 'vitest';
import { retryDelay } from './hub';
import { keyFromFragment, personalLink } from './identity';
import { inviteLink } from './relationship/invites';
import { parseRoute, pathFor } from './router';

describe('routes', () => {
  it.each([
    ['/', { name: 'home' }],
    ['/new', { name: 'new' }],
    ['/link', { name: 'link' }],
    ['/start', { name: 'journey' }],
    ['/reading', { name: 'reading' }],
    ['/join/abc-123', { name: 'join', code: 'abc-123' }],
    ['/join/a%2Fb', { name: 'join', code: 'a/b' }],
    ['/r/5f1c', { name: 'relationship', id: '5f1c' }],
    ['/r/', { name: 'notFound' }],
    ['/help', { name: 'help', reflectionId: null }],
    ['/help/9a1b', { name: 'help', reflectionId: '9a1b' }],
    ['/your-data', { name: 'yourData' }],
    ['/sessions/new', { name: 'newSession' }],
    ['/sessions/s-1', { name: 'session', id: 's-1', view: 'board' }],
    ['/sessions/s-1/present', { name: 'session', id: 's-1', view: 'present' }],
    ['/sessions/s-1/report', { name: 'session', id: 's-1', view: 'report' }],
    ['/sessions/s-1/other', { name: 'notFound' }],
    ['/seat/abc', { name: 'seat', code: 'abc' }],
    ['/elsewhere', { name: 'notFound' }],
  ])('%s', (path, route) => {
    expect(parseRoute(path)).toEqual(route);
  });

  it('round-trips paths', () => {
    expect(parseRoute(pathFor.join('x y'))).toEqual({ name: 'join', code: 'x y' });
    expect(parseRoute(pathFor.relationship('id-1'))).toEqual({ name: 'relationship', id: 'id-1' });
  });
});

describe('personal link', () => {
  it('carries the key in the fragment, never the path or query', () => {
    const link = personalLink('https://example.test', 'k+/=1');
    const url = new URL(link);
    expect(url.pathname).toBe('/');
    expect(url.search).toBe('');
    expect(keyFromFragment(url.hash)).toEqual({ key: 'k+/=1', rest: '' });
  });

  it('keeps other fragment parameters and ignores fragments without a key', () => {
    expect(keyFromFragment('#key=abc&x=1')).toEqual({ key: 'abc', rest: '#x=1' });
    expect(keyFromFragment('#main')).toBeNull();
    expect(keyFromFragment('')).toBeNull();
  });
});

describe('invite link', () => {
  it('uses this origin with the server’s join path, or the code', () => {
    expect(inviteLink('https://here.test', 'c0de', 'http://internal:8080/join/c0de')).toBe('https://here.test/join/c0de');
    expect(inviteLink('https://here.test', 'c0de', 'weird')).toBe('https://here.test/join/c0de');
    expect(inviteLink('https://here.test', 'c0de')).toBe('https://here.test/join/c0de');
  });
});

describe('hub retries', () => {
  it('retries quickly at first and then keeps trying every five seconds', () => {
    expect([0, 1, 2, 3, 4, 100].map(retryDelay)).toEqual([0, 1000, 2000, 3000, 5000, 5000]);
  });
});
