// The shapes of the public contract (shared/API.md), from the caller's point of view.

export type DimensionKey = 'initiation' | 'depth' | 'crisisResponse' | 'maintenance';
export type Leans = 'me' | 'them' | 'neither';
export type Status = 'notStarted' | 'inProgress' | 'submitted';
export type Kind = 'partner' | 'closeFriend' | 'familyMember' | 'other';
export type SeasonKind = 'none' | 'illness' | 'grief' | 'transition' | 'other';
export type PictureKind = 'mutualPattern' | 'boundary';

export interface DimensionRating {
  score?: number | null;
  leans?: Leans | null;
  note?: string | null;
}

export interface Perspective {
  dimensions?: Partial<Record<DimensionKey, DimensionRating | null>> | null;
  overall?: number | null;
  picture?: { kind?: PictureKind | null; text?: string | null } | null;
  season?: { kind?: SeasonKind | null; note?: string | null } | null;
}

export interface PersonRef {
  personId: string;
  displayName: string;
}

export interface Reveal {
  revealedAt: string;
  mine: Perspective;
  theirs: Perspective;
}

export interface RoundView {
  number: number;
  myStatus: Status;
  partnerStatus: Status;
  myDraft: Perspective | null;
  revealed: boolean;
  reveal: Reveal | null;
}

export interface HistoryEntry {
  number: number;
  revealedAt: string;
  mine: Perspective;
  theirs: Perspective;
}

export interface RelationshipView {
  relationshipId: string;
  kind: Kind;
  label: string;
  me: PersonRef;
  partner: PersonRef | null;
  round: RoundView;
  history: HistoryEntry[];
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
}

export interface Me {
  personId: string;
  displayName: string;
  relationships: RelationshipSummary[];
}

export interface CreatedPerson {
  personId: string;
  displayName: string;
  accessKey: string;
}

export interface CreatedRelationship {
  relationshipId: string;
  inviteCode: string;
  inviteUrl: string;
}

export interface StatusChangedEvent {
  relationshipId: string;
  roundNumber: number;
  statuses: Record<string, Status>;
}

export interface RevealedEvent {
  relationshipId: string;
  roundNumber: number;
  revealedAt: string;
  perspectives: Record<string, Perspective>;
}
