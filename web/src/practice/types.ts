// The shapes of a facilitator's practice (docs/api.md, "Practice").
import type { SeatLink, SessionKind, SessionView } from '../sessions/types';
import type { Perspective } from '../types';

export interface SessionLine {
  sessionId: string;
  title: string;
  openedAt: string;
  checkIn: number;
  startedAt: string | null;
  seats: number;
  seatsWaiting: number;
  pairsReady: number;
}

export interface Household {
  householdId: string;
  name: string;
  kind: SessionKind;
  nextSession: string | null;
  archived: boolean;
  sessions: SessionLine[];
  seatsWaiting: number;
  pairsReady: number;
}

export interface PracticeHome {
  facilitates: boolean;
  households: Household[];
}

export interface StartedSession {
  session: SessionView;
  carriedSeats: SeatLink[];
}

export interface PreReadPair {
  pairId: string;
  perspective: Perspective | null;
}

export interface PreReads {
  shared: { seatId: string; name: string; pairs: PreReadPair[] }[];
}

export interface HouseholdChange {
  name?: string;
  nextSession?: string;
  clearNextSession?: boolean;
  archived?: boolean;
}

export interface MovementRound {
  number: number;
  sessionId: string;
  sessionTitle: string;
  revealedAt: string;
  perspectives: Record<string, Perspective>;
}

export interface PairMovement {
  names: Record<string, string>;
  rounds: MovementRound[];
}

export interface HouseholdMovement {
  householdId: string;
  pairs: PairMovement[];
}
