// One live connection to /hubs/audit per page. Screens watch relationships through it; after any
// reconnect every watched relationship is watched again, so a reveal missed while offline appears.
import {
  HubConnectionBuilder,
  HubConnectionState,
  LogLevel,
  type HubConnection,
  type RetryContext,
} from '@microsoft/signalr';
import { routeEvents, type SessionWatchHandlers, type WatchHandlers } from './hubEvents';
import { storedKey } from './identity';
import type { ConnectionState } from './status';
import type { SessionView } from './sessions/types';
import type { RelationshipView } from './types';

export type { SessionWatchHandlers, WatchHandlers } from './hubEvents';

interface Watched<V> {
  onView: (view: V) => void;
  onError?: (e: unknown) => void;
}

/** Quick first retries, then every five seconds for as long as the page is open. */
export const retryDelay = (attempt: number): number => [0, 1000, 2000, 3000][attempt] ?? 5000;

/** How the server starts a Watch refusal that means "not now" (a host failing over), not "not yours". */
export const unavailableMark = 'Unavailable:';

/** True when a hub error says the service is recovering and the same call will work again shortly. */
export const isUnavailable = (e: unknown): boolean => String(e instanceof Error ? e.message : e).includes(unavailableMark);

/**
 * A live event can be lost when a server dies between storing a reveal and sending it; watching again now and
 * then (and whenever the page comes back into view, as a phone is unlocked) shows it anyway.
 */
export const rewatchEveryMs = 60_000;

class Live {
  private conn: HubConnection | null = null;
  private rewatchTimer: ReturnType<typeof setInterval> | null = null;
  private starting: Promise<void> | null = null;
  private restartTimer: ReturnType<typeof setTimeout> | null = null;
  private restartAttempt = 0;
  private state: ConnectionState = 'disconnected';
  private readonly stateListeners = new Set<(s: ConnectionState) => void>();
  private readonly watchers = new Map<string, Set<WatchHandlers>>();
  private readonly sessionWatchers = new Map<string, Set<SessionWatchHandlers>>();
  /** The key the connection last presented: a step goes over the hub only as the person it speaks for. */
  private connectedAs: string | null = null;

  get connectionState(): ConnectionState {
    return this.state;
  }

  onState(fn: (s: ConnectionState) => void): () => void {
    this.stateListeners.add(fn);
    return () => this.stateListeners.delete(fn);
  }

  /** Starts watching; returns a function that stops this screen's interest. */
  watch(relationshipId: string, handlers: WatchHandlers): () => void {
    return this.subscribe<RelationshipView, WatchHandlers>('Watch', this.watchers, relationshipId, handlers);
  }

  /** Starts watching a facilitated session (`WatchSession`); returns a function that stops this screen's interest. */
  watchSession(sessionId: string, handlers: SessionWatchHandlers): () => void {
    return this.subscribe<SessionView, SessionWatchHandlers>('WatchSession', this.sessionWatchers, sessionId, handlers);
  }

  private subscribe<V, H extends Watched<V>>(method: string, registry: Map<string, Set<H>>, id: string, handlers: H): () => void {
    let set = registry.get(id);
    if (!set) registry.set(id, (set = new Set()));
    set.add(handlers);
    void this.ensureStarted().then(
      () => this.invokeWatch<V, H>(method, registry, id, [handlers]),
      () => undefined, // the restart loop watches again once connected
    );
    return () => {
      const s = registry.get(id);
      s?.delete(handlers);
      if (s && s.size === 0) registry.delete(id);
    };
  }

  /** True when a round's step can go over the connection now, sent as this key (by default the browser's). */
  canTakeSteps(as?: string): boolean {
    const key = as ?? storedKey();
    return this.conn?.state === HubConnectionState.Connected && key !== null && key === this.connectedAs;
  }

  /** Calls a hub method for a round's step; it fails at once when there is no open connection. */
  invokeStep<T>(method: string, ...args: unknown[]): Promise<T> {
    const conn = this.conn;
    if (!conn) return Promise.reject(new Error('Not connected'));
    return conn.invoke<T>(method, ...args);
  }

  /** Drops the connection (a new identity on this device). */
  async reset(): Promise<void> {
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = null;
    const c = this.conn;
    this.conn = null;
    this.starting = null;
    this.watchers.clear();
    this.sessionWatchers.clear();
    this.connectedAs = null;
    if (c) await c.stop().catch(() => undefined);
    this.setState('disconnected');
  }

  private startRewatching(): void {
    if (this.rewatchTimer) return;
    const rewatch = () => {
      if (this.conn?.state === HubConnectionState.Connected) this.watchAll();
    };
    this.rewatchTimer = setInterval(rewatch, rewatchEveryMs);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && rewatch());
  }

  private build(): HubConnection {
    this.startRewatching();
    const conn = new HubConnectionBuilder()
      .withUrl('/hubs/audit', {
        accessTokenFactory: () => {
          this.connectedAs = storedKey();
          return this.connectedAs ?? '';
        },
      })
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (c: RetryContext) => retryDelay(c.previousRetryCount) })
      .configureLogging(LogLevel.None)
      .build();
    routeEvents(conn, this.watchers, this.sessionWatchers);
    conn.onreconnecting(() => this.setState('reconnecting'));
    conn.onreconnected(() => {
      this.setState('connected');
      this.watchAll();
    });
    conn.onclose(() => {
      if (this.conn !== conn) return;
      this.starting = null;
      this.setState('disconnected');
      this.scheduleRestart();
    });
    return conn;
  }

  private ensureStarted(): Promise<void> {
    if (this.conn?.state === HubConnectionState.Connected) return Promise.resolve();
    if (this.starting) return this.starting;
    if (!this.conn) this.conn = this.build();
    const conn = this.conn;
    if (conn.state === HubConnectionState.Reconnecting) {
      return new Promise((resolve) => {
        const off = this.onState((s) => {
          if (s === 'connected') {
            off();
            resolve();
          }
        });
      });
    }
    this.setState(this.state === 'disconnected' && this.restartAttempt > 0 ? 'reconnecting' : 'connecting');
    this.starting = conn.start().then(
      () => {
        this.restartAttempt = 0;
        this.setState('connected');
      },
      (e: unknown) => {
        this.starting = null;
        this.setState('disconnected');
        this.scheduleRestart();
        throw e;
      },
    );
    return this.starting;
  }

  private scheduleRestart(): void {
    if (this.restartTimer || !this.conn) return;
    const delay = retryDelay(this.restartAttempt++);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      if (!this.conn || this.watchers.size + this.sessionWatchers.size === 0) return;
      this.ensureStarted().then(
        () => this.watchAll(),
        () => undefined,
      );
    }, delay);
  }

  private watchAll(): void {
    for (const [id, set] of this.watchers) void this.invokeWatch<RelationshipView, WatchHandlers>('Watch', this.watchers, id, [...set]);
    for (const [id, set] of this.sessionWatchers) void this.invokeWatch<SessionView, SessionWatchHandlers>('WatchSession', this.sessionWatchers, id, [...set]);
  }

  private async invokeWatch<V, H extends Watched<V>>(method: string, registry: Map<string, Set<H>>, id: string, handlers: H[], attempt = 0): Promise<void> {
    const conn = this.conn;
    if (!conn) return;
    try {
      const view = await conn.invoke<V>(method, id);
      if (conn === this.conn && conn.state === HubConnectionState.Connected) this.setState('connected');
      for (const h of handlers) if (registry.get(id)?.has(h)) h.onView(view);
    } catch (e) {
      if (isUnavailable(e) && conn === this.conn) {
        // The host is up but the grain's server is failing over: say so, and watch again shortly.
        this.setState('reconnecting');
        setTimeout(() => {
          const still = handlers.filter((h) => registry.get(id)?.has(h));
          if (still.length > 0 && this.conn === conn && conn.state === HubConnectionState.Connected) void this.invokeWatch<V, H>(method, registry, id, still, attempt + 1);
        }, retryDelay(attempt + 1));
        return;
      }
      for (const h of handlers) h.onError?.(e);
    }
  }

  private setState(s: ConnectionState): void {
    if (this.state === s) return;
    this.state = s;
    for (const fn of this.stateListeners) fn(s);
  }
}

export const live = new Live();
