// Statuses in plain, warm words. Never anything about the content of a perspective.
import type { RelationshipSummary, RelationshipView, Status } from './types';

export type Standing = 'yourTurn' | 'waiting' | 'readyToTalk';

export interface StandingWords {
  standing: Standing;
  text: string;
}

export function standing(
  myStatus: Status,
  partnerStatus: Status,
  revealed: boolean,
  partnerName: string | null | undefined,
): StandingWords {
  const name = partnerName?.trim() || 'the other person';
  if (revealed) return { standing: 'readyToTalk', text: 'Ready to talk' };
  if (myStatus === 'submitted') return { standing: 'waiting', text: `Waiting for ${name}` };
  const theyFinished = partnerStatus === 'submitted' ? `; ${name} has finished` : '';
  if (myStatus === 'inProgress') return { standing: 'yourTurn', text: `Your turn: you have started${theyFinished}` };
  return { standing: 'yourTurn', text: `Your turn${theyFinished}` };
}

export const summaryStanding = (s: RelationshipSummary): StandingWords =>
  standing(s.myStatus, s.partnerStatus, s.revealed, s.partnerName);

export const viewStanding = (v: RelationshipView): StandingWords =>
  standing(v.round.myStatus, v.round.partnerStatus, v.round.revealed, v.partner?.displayName);

/** What the other person is doing, for the waiting screen and the rating header. */
export function partnerStatusWords(name: string | null | undefined, status: Status, joined = true): string {
  const who = name?.trim() || 'The other person';
  if (!joined) return `${who} hasn't joined yet. Once they open the invite, they can start.`;
  switch (status) {
    case 'notStarted':
      return `${who} hasn't started yet.`;
    case 'inProgress':
      return `${who} is working on theirs.`;
    case 'submitted':
      return `${who} has finished theirs.`;
  }
}

export const myStatusWords = (status: Status): string =>
  status === 'submitted' ? 'You have shared yours.' : status === 'inProgress' ? 'You have started.' : 'You haven’t started yet.';

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

export function connectionWords(state: ConnectionState): string {
  switch (state) {
    case 'connected':
      return 'Live: updates appear as they happen.';
    case 'connecting':
      return 'Connecting…';
    case 'reconnecting':
      return 'Connection lost. Reconnecting… Nothing you wrote is lost.';
    case 'disconnected':
      return 'Offline. We’ll keep trying; nothing you wrote is lost.';
  }
}
