// The shapes of the public contract (docs/api.md), from the caller's point of view. Those the host's OpenAPI document
// describes come from it (`api/schema.ts`, generated: `npm run generate:api`); the rest are written here by hand.
import type { RequestBody, Schema } from './api/contract';

export type DimensionKey = keyof Schema<'Dimensions'>;
export type Leans = NonNullable<Schema<'Leaning'>>;
/** `confirmed`: submitted, and said "open it now" (a `together` round). */
export type Status = 'notStarted' | 'inProgress' | 'submitted' | 'confirmed';
export type Kind = Schema<'RelationshipKind'>;
export type SeasonKind = NonNullable<Schema<'SeasonKind'>>;
export type PictureKind = NonNullable<Schema<'PictureKind'>>;
export type RevealPolicy = Schema<'RevealPolicy'>;

/** `private` covers the whole picture: it never reaches the other person. */
export type Picture = Schema<'Picture'>;

/** `private` covers the note; score and leaning are shared. */
export type DimensionRating = Schema<'DimensionRating'>;

/** One person's answers; also the body of a draft save (`PUT …/draft`). */
export type Perspective = Schema<'Perspective'>;

export interface PersonRef {
  personId: string;
  displayName: string;
}

/** The other participant; once they left, `personId` is null and `left` true (the name is the one this person knew). */
export interface PartnerRef {
  personId: string | null;
  displayName: string;
  left?: boolean;
}

/** `theirs` is null for a solo round: the author's own perspective is the round's result. */
export interface Reveal {
  revealedAt: string;
  mine: Perspective;
  theirs: Perspective | null;
  /** Traces of the conversation, by person id; a person who wrote nothing is absent. */
  appreciations?: Record<string, string>;
  smallThings?: Record<string, string>;
}

export interface RoundTraces {
  number: number;
  appreciations: Record<string, string>;
  smallThings: Record<string, string>;
}

export interface TracesChangedEvent {
  relationshipId: string;
  roundNumber: number;
  appreciations: Record<string, string>;
  smallThings: Record<string, string>;
}

export interface RoundView {
  number: number;
  myStatus: Status;
  partnerStatus: Status;
  myDraft: Perspective | null;
  revealed: boolean;
  reveal: Reveal | null;
  /** This round is the author's alone. */
  solo?: boolean;
  /** Both submitted; waiting for both confirmations (or the facilitator). */
  ready?: boolean;
  /** The small things of the latest revealed round before this one. */
  lastTime?: { number: number; smallThings: Record<string, string> } | null;
}

export interface HistoryEntry {
  number: number;
  revealedAt: string;
  mine: Perspective;
  theirs: Perspective | null;
  solo?: boolean;
}

export interface RelationshipView {
  relationshipId: string;
  kind: Kind;
  label: string;
  /** `inviter`: the caller started the relationship and sent its invite (only they may remove a joiner). */
  me: PersonRef & { inviter?: boolean };
  partner: PartnerRef | null;
  round: RoundView;
  history: HistoryEntry[];
  /** True while nobody is invited. */
  solo?: boolean;
  revealPolicy?: RevealPolicy;
  /** An invite is out and nobody joined yet. */
  invitePending?: boolean;
  /** How many revealed rounds there are in all; `history` holds only the latest few. */
  historyCount?: number;
  nextCheckIn?: NextCheckIn | null;
}

export interface RelationshipSummary {
  relationshipId: string;
  kind: Kind;
  label: string;
  partnerName: string | null;
  roundNumber: number;
  myStatus: Status;
  partnerStatus: Status;
  revealed: boolean;
  solo?: boolean;
  revealPolicy?: RevealPolicy;
  ready?: boolean;
  nextCheckIn?: NextCheckIn | null;
  /** The other person has joined (or was seated); not while an invite waits. */
  partnerJoined?: boolean;
}

export type SessionRole = 'facilitator' | 'participant';

/** A facilitated session as the person's home lists it (the session's own shapes are in `sessions/types.ts`). */
export interface SessionSummary {
  sessionId: string;
  title: string;
  role: SessionRole;
}

export interface Me {
  personId: string;
  displayName: string;
  /** The language stored with the person (en, es, de, ar): their emails and reminders follow it. */
  language?: string | null;
  relationships: RelationshipSummary[];
  /** Facilitated sessions the person runs or takes part in. */
  sessions?: SessionSummary[];
  /** Only ever shown to this person. */
  email?: string | null;
  /** An address given but not yet confirmed from the link sent to it: nothing but that link goes there. */
  pendingEmail?: string | null;
  /** False when the operator configured no mail server: nothing is sent. */
  remindersAvailable?: boolean;
}

export interface CreatedPerson {
  personId: string;
  displayName: string;
  accessKey: string;
}

/** The invite fields are null for a solo reflection. */
export interface CreatedRelationship {
  relationshipId: string;
  inviteCode: string | null;
  inviteUrl: string | null;
}

export interface Invite {
  inviteCode: string;
  inviteUrl: string;
}

/** The body of `POST /api/relationships`. */
export type NewRelationship = RequestBody<'/api/relationships', 'post'>;

/** How care flows in one dimension, in the rater's own words. */
export type Flow = 'mostlyGive' | 'mostlyReceive' | 'bothWays' | 'notNamed';

export interface ReadingRelationship {
  relationshipId: string;
  kind: Kind;
  label: string;
  partnerName: string | null;
  solo: boolean;
  basedOn: 'revealed' | 'submitted' | 'none';
  /** Null while nothing is finished. */
  roundNumber: number | null;
  at: string | null;
  overall: number | null;
  dimensions: Partial<Record<DimensionKey, { mine: Flow | null; theirs: Flow | null }>>;
  picture: Picture | null;
  season: { kind?: SeasonKind | null; note?: string | null; private?: boolean | null } | null;
  /** Every dimension the person rated 1 or 2, with the picture they wrote for it (their own: private ones too). */
  lowDimensions?: { dimension: DimensionKey; score: number; picture: Picture | null }[];
}

export interface Reading {
  relationships: ReadingRelationship[];
}

export interface StatusChangedEvent {
  relationshipId: string;
  roundNumber: number;
  statuses: Record<string, Status>;
}

/** Each person's own copy: their perspective whole, the other's without private notes; one entry for a solo round. */
export interface RevealedEvent {
  relationshipId: string;
  roundNumber: number;
  revealedAt: string;
  perspectives: Record<string, Perspective>;
}

export interface RevealPolicyChangedEvent {
  relationshipId: string;
  revealPolicy: RevealPolicy;
}

export interface PartnerLeftEvent {
  relationshipId: string;
}

/** Where to find help, as the operator configured it; `phone` and `url` may be null. */
export interface HelpResource {
  name: string;
  description: string;
  phone: string | null;
  url: string | null;
}

export interface Help {
  resources: HelpResource[];
  quickExitUrl: string;
}

/** A date (`YYYY-MM-DD`) one person proposed; `agreed` once the other accepted (at once when alone). */
export interface NextCheckIn {
  date: string;
  proposedBy: string;
  agreed: boolean;
}

export interface NextCheckInChangedEvent {
  relationshipId: string;
  nextCheckIn: NextCheckIn | null;
}

/** One person's view of one revealed round, in a few bytes: what both already saw, no words. */
export interface PointOfView {
  scores: Partial<Record<DimensionKey, number>>;
  leans: Partial<Record<DimensionKey, Leans | null>>;
  overall: number;
  season: SeasonKind;
}

export interface TimelinePoint {
  number: number;
  revealedAt: string;
  solo: boolean;
  mine: PointOfView;
  theirs: PointOfView | null;
}

export interface Timeline {
  points: TimelinePoint[];
}

export interface HistoryPage {
  rounds: HistoryEntry[];
  total: number;
  nextBefore: number | null;
}

/** An open invite as its page shows it, before a name is asked (`GET /api/invites/{code}`). */
export interface Invitation {
  inviterName: string;
  kind: Kind;
  label: string;
}
