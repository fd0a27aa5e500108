// The hub's WebSocket, routed through the test: which methods a page called, answers the test gives in the server's
// place, and a cut like a lost network's.
import type { BrowserContext, WebSocketRoute } from '@playwright/test';

const RECORD_END = '\u001e';

export interface HubInvocation {
  type: number;
  target: string;
  arguments: unknown[];
  invocationId?: string;
}

export interface RoutedHub {
  /** Every method the page called on the hub (Watch, SaveDraft, Submit, …), in order. */
  calls: HubInvocation[];
  /** Closes the open hub sockets and refuses the hub (WebSocket, negotiation and the other transports) until `restore`. */
  cut: () => Promise<void>;
  restore: () => void;
}

/**
 * Routes every hub WebSocket of the context. `answer` may answer an invocation itself (its result, as the server's
 * completion would carry it); anything it leaves (`undefined`) goes to the real server.
 */
export async function routeHub(context: BrowserContext, answer?: (call: HubInvocation) => unknown): Promise<RoutedHub> {
  const calls: HubInvocation[] = [];
  const sockets: WebSocketRoute[] = [];
  let cut = false;
  // Cut means the whole hub: the client would otherwise fall back to Server-Sent Events or long polling over HTTP.
  await context.route(/\/hubs\/audit/, (route) => (cut ? route.abort('internetdisconnected') : route.fallback()));
  await context.routeWebSocket(/\/hubs\/audit/, (ws) => {
    if (cut) {
      void ws.close({ code: 1006, reason: 'offline' });
      return;
    }
    const server = ws.connectToServer();
    sockets.push(ws);
    ws.onMessage((message) => {
      const text = typeof message === 'string' ? message : message.toString('utf8');
      let forward = '';
      for (const record of text.split(RECORD_END).filter((r) => r.trim() !== '')) {
        const parsed = JSON.parse(record) as Partial<HubInvocation>;
        if (parsed.type === 1 && parsed.target) {
          calls.push(parsed as HubInvocation);
          const result = answer?.(parsed as HubInvocation);
          if (result !== undefined && parsed.invocationId) {
            ws.send(JSON.stringify({ type: 3, invocationId: parsed.invocationId, result }) + RECORD_END);
            continue;
          }
        }
        forward += record + RECORD_END;
      }
      if (forward) server.send(forward);
    });
  });
  return {
    calls,
    cut: async () => {
      cut = true;
      for (const ws of sockets.splice(0)) await ws.close({ code: 1006, reason: 'offline' });
    },
    restore: () => {
      cut = false;
    },
  };
}
