import { describe, expect, it } from 'vitest';
import { isUnavailable } from './hub';

describe('a Watch that fails', () => {
  it('is tried again when the server says it is recovering, and not when it refuses', () => {
    // How the SignalR client reports a HubException thrown by the hub.
    const recovering = new Error(
      "An unexpected error occurred invoking 'Watch' on the server. HubException: Unavailable: Reciprocity is recovering from a hiccup. We will try again in a moment.",
    );
    const refused = new Error("An unexpected error occurred invoking 'Watch' on the server. HubException: We could not find that.");
    expect(isUnavailable(recovering)).toBe(true);
    expect(isUnavailable(refused)).toBe(false);
  });
});
