// The shapes of facilitated sessions (docs/api.md, "Facilitated sessions"), from the caller's point of view.
import type { DimensionKey, Perspective, SessionRole } from '../types';

export type { SessionRole, SessionSummary } from '../types';

export type SessionKind = 'couple' | 'family';
/**
 * `withdrawn`: submitted, then taken back; `keptPrivate`: answered the safety check "no" in this round (both in the
 * facilitator's copy only).
 */
export type SeatStatus = 'notStarted' | 'inProgress' | 'submitted' | 'withdrawn' | 'keptPrivate';

export interface Participant {
  seatId: string;
  name: string;
  personId: string | null;
  claimed: boolean;
  left?: boolean;
  /** This participant shared a pre-read for this session: everyone sees that it was, only the facilitator what it held. */
  preReadShared?: boolean;
  /** Carried from the household's earlier session, kept for the person who sat in it until they confirm again. */
  carriedForward?: boolean;
}

export interface SessionPair {
  pairId: string;
  seats: [string, string];
  /** Null until both seats are claimed: the session opens the pair's relationship then. */
  relationshipId: string | null;
  roundNumber: number;
  statuses: Record<string, SeatStatus>;
  ready: boolean;
  revealed: boolean;
  revealedAt: string | null;
  /** The facilitator left this pair out of the session: it is not opened here, and check-ins go on without it. */
  leftOut?: boolean;
  /** Why, in the facilitator's words: their copy only (null in a participant's). */
  leftOutReason?: string | null;
  /** The session's check-in in which the pair's relationship opened: its round 1. */
  firstCheckIn?: number;
}

export interface CheckInNotes {
  checkIn: number;
  notes: string;
}

export interface SessionView {
  sessionId: string;
  title: string;
  kind: SessionKind;
  role: SessionRole;
  facilitator: { personId: string; displayName: string };
  checkIn: number;
  participants: Participant[];
  pairs: SessionPair[];
  /** The facilitator's own notes of the current check-in; null in a participant's copy. */
  notes: string | null;
  /** The facilitator's notes of each earlier check-in, check-in 1 first; null in a participant's copy. */
  earlierNotes?: CheckInNotes[] | null;
  /** When the facilitator began the session in the room; until then a pre-read can be taken back. */
  startedAt?: string | null;
  /** Where the shared screen stands; the facilitator's copy only (null otherwise, and before it is first stepped). */
  room?: RoomView | null;
}

/** The shared screen's steps: the pair's starting points first, then one dimension at a time. */
export type RoomStep = 'startingPoints' | DimensionKey;

export interface RoomView {
  pairId: string;
  step: RoomStep;
  /** The pair's round of this check-in is released; before it the step is always the starting points. */
  revealed: boolean;
}

/** The shared screen moved (to the facilitator's devices): statuses as the members see each other, never a perspective. */
export interface RoomSteppedEvent {
  sessionId: string;
  pairId: string;
  step: RoomStep;
  roundNumber: number;
  statuses: Record<string, SeatStatus>;
  revealed: boolean;
}

/** A family across its released pairs, per dimension: ids and kinds of experience only (docs/api.md). */
export interface FamilySummary {
  sessionId: string;
  checkIn: number;
  pairs: { pairId: string; seats: [string, string] }[];
  dimensions: {
    dimension: DimensionKey;
    similar: string[];
    different: string[];
    unanswered: string[];
    sharedImbalances: { pairId: string; giverSeatId: string }[];
    repeats: { giverSeatId: string; pairIds: string[] }[];
  }[];
}

export interface SeatLink {
  seatId: string;
  seatCode: string;
  seatUrl: string;
}

export interface SeatInfo {
  sessionTitle: string;
  facilitatorName: string;
  participantName: string;
  kind: SessionKind;
  /** A seat carried forward from an earlier session: the person confirms they take part again. */
  carriedForward?: boolean;
}

export interface ReleasedRound {
  relationshipId: string;
  roundNumber: number;
  revealedAt: string;
  pairId?: string;
}

export interface ReleasedPairRound {
  number: number;
  revealedAt: string;
  perspectives: Record<string, Perspective>;
  /** Each member's word of thanks and small thing to try, by person id. */
  appreciations?: Record<string, string>;
  smallThings?: Record<string, string>;
}

/** A pair's released rounds, as the facilitator may see them: never a private note or picture. */
export interface PairRounds {
  pairId: string;
  relationshipId: string;
  names: Record<string, string>;
  rounds: ReleasedPairRound[];
}

export interface SessionChangedEvent {
  sessionId: string;
}

export interface PairStatusChangedEvent {
  sessionId: string;
  pairId: string;
  roundNumber: number;
  statuses: Record<string, SeatStatus>;
  ready: boolean;
}

export interface PairRevealedEvent {
  sessionId: string;
  pairId: string;
  relationshipId: string;
  roundNumber: number;
  revealedAt: string;
  perspectives: Record<string, Perspective>;
}
