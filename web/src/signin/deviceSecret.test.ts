import { describe, expect, it } from 'vitest';
import { deviceSecretFor, newDeviceSecret } from './deviceSecret';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, v),
  };
}

describe('the secret of a device signing in by an email link', () => {
  it('is 32 bytes in base64url, 43 characters with no padding', () => {
    const secret = newDeviceSecret((b) => b.fill(255));
    expect(secret).toHaveLength(43);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith('____')).toBe(true);
  });

  it('is the same when the same link is pressed again in this tab, and new for another link', () => {
    const storage = memoryStorage();
    const first = deviceSecretFor('link-one', storage);
    expect(deviceSecretFor('link-one', storage)).toBe(first);
    expect(deviceSecretFor('link-two', storage)).not.toBe(first);
  });
});
