// The shapes of facilitated sessions (docs/api.md, "Facilitated sessions"), from the caller's point of view.
import type { Perspective } from '../types';

export type SessionKind = 'couple' | 'family';
export type SessionRole = 'facilitator' | 'participant';
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
}

export interface SessionSummary {
  sessionId: string;
  title: string;
  role: SessionRole;
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
