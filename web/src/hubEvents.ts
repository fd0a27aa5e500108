// The hub's events, to the screens watching the relationship or session each names.
import type { HubConnection } from '@microsoft/signalr';
import type { PairRevealedEvent, PairStatusChangedEvent, RoomSteppedEvent, SessionChangedEvent, SessionView } from './sessions/types';
import type { NextCheckInChangedEvent, PartnerLeftEvent, RelationshipView, RevealedEvent, RevealPolicyChangedEvent, StatusChangedEvent, TracesChangedEvent } from './types';

export interface WatchHandlers {
  onView: (view: RelationshipView) => void;
  onStatusChanged?: (e: StatusChangedEvent) => void;
  onRevealed?: (e: RevealedEvent) => void;
  onRevealPolicyChanged?: (e: RevealPolicyChangedEvent) => void;
  /** The other participant left: the view is fetched again. */
  onPartnerLeft?: (e: PartnerLeftEvent) => void;
  onNextCheckInChanged?: (e: NextCheckInChangedEvent) => void;
  onTracesChanged?: (e: TracesChangedEvent) => void;
  onError?: (e: unknown) => void;
}

/** A facilitated session's events, for the caller's role (docs/api.md, "Facilitated sessions"). */
export interface SessionWatchHandlers {
  onView: (view: SessionView) => void;
  onSessionChanged?: (e: SessionChangedEvent) => void;
  onPairStatusChanged?: (e: PairStatusChangedEvent) => void;
  onPairRevealed?: (e: PairRevealedEvent) => void;
  /** The facilitator moved the shared screen (to the facilitator's connections only). */
  onRoomStepped?: (e: RoomSteppedEvent) => void;
  onError?: (e: unknown) => void;
}

export function routeEvents(
  conn: HubConnection,
  watchers: Map<string, Set<WatchHandlers>>,
  sessionWatchers: Map<string, Set<SessionWatchHandlers>>,
): void {
  conn.on('StatusChanged', (e: StatusChangedEvent) => {
    for (const h of watchers.get(e.relationshipId) ?? []) h.onStatusChanged?.(e);
  });
  conn.on('Revealed', (e: RevealedEvent) => {
    for (const h of watchers.get(e.relationshipId) ?? []) h.onRevealed?.(e);
  });
  conn.on('RevealPolicyChanged', (e: RevealPolicyChangedEvent) => {
    for (const h of watchers.get(e.relationshipId) ?? []) h.onRevealPolicyChanged?.(e);
  });
  conn.on('TracesChanged', (e: TracesChangedEvent) => {
    for (const h of watchers.get(e.relationshipId) ?? []) h.onTracesChanged?.(e);
  });
  conn.on('PartnerLeft', (e: PartnerLeftEvent) => {
    for (const h of watchers.get(e.relationshipId) ?? []) h.onPartnerLeft?.(e);
  });
  conn.on('NextCheckInChanged', (e: NextCheckInChangedEvent) => {
    for (const h of watchers.get(e.relationshipId) ?? []) h.onNextCheckInChanged?.(e);
  });
  conn.on('SessionChanged', (e: SessionChangedEvent) => {
    for (const h of sessionWatchers.get(e.sessionId) ?? []) h.onSessionChanged?.(e);
  });
  conn.on('PairStatusChanged', (e: PairStatusChangedEvent) => {
    for (const h of sessionWatchers.get(e.sessionId) ?? []) h.onPairStatusChanged?.(e);
  });
  conn.on('PairRevealed', (e: PairRevealedEvent) => {
    for (const h of sessionWatchers.get(e.sessionId) ?? []) h.onPairRevealed?.(e);
  });
  conn.on('RoomStepped', (e: RoomSteppedEvent) => {
    for (const h of sessionWatchers.get(e.sessionId) ?? []) h.onRoomStepped?.(e);
  });
}
