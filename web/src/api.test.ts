import { describe, expect, it } from 'vitest';
import { ApiError, friendlyError, retryAfterMs } from './api';
import { intlFor } from './i18n/intlFor';

describe('answers that mean "not now"', () => {
  it('reads Retry-After in seconds or as a date, and ignores what it cannot read', () => {
    expect(retryAfterMs('1')).toBe(1000);
    expect(retryAfterMs('0')).toBe(0);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(retryAfterMs(null)).toBeNull();
    expect(retryAfterMs('soon')).toBeNull();
  });

  it('takes 503, and 502 or 504 from a proxy, for a service that is recovering, and says so kindly', () => {
    for (const status of [502, 503, 504]) expect(new ApiError(status, {}).isRecovering).toBe(true);
    for (const status of [0, 400, 409, 500]) expect(new ApiError(status, {}).isRecovering).toBe(false);
    expect(friendlyError(new ApiError(503, {}), intlFor('en'))).toMatch(/catching up.*nothing you wrote is lost/);
  });
});
