// Statuses in plain, warm words. Never anything about the content of a perspective.
import type { RelationshipSummary, RevealPolicy, Status } from './types';

export type Standing = 'yourTurn' | 'waiting' | 'readyToOpen' | 'readyToTalk' | 'finished';

export interface StandingWords {
  standing: Standing;
  text: string;
}

/** What the words for a relationship's standing need to know. */
export interface RoundState {
  myStatus: Status;
  partnerStatus: Status;
  revealed: boolean;
  partnerName: string | null | undefined;
  solo?: boolean;
  ready?: boolean;
  revealPolicy?: RevealPolicy;
}

const sealed = (s: Status) => s === 'submitted' || s === 'confirmed';

export function standing(r: RoundState): StandingWords {
  const name = r.partnerName?.trim() || 'the other person';
  if (r.solo) {
    if (r.revealed) return { standing: 'finished', text: 'Finished, just for you' };
    return { standing: 'yourTurn', text: r.myStatus === 'inProgress' ? 'Your turn: you have started' : 'Your turn, just for you' };
  }
  if (r.revealed) return { standing: 'readyToTalk', text: 'Ready to talk' };
  if (r.ready && r.revealPolicy === 'facilitator') return { standing: 'waiting', text: 'Waiting for the facilitator to open it' };
  if (r.ready && r.myStatus === 'confirmed') return { standing: 'waiting', text: `Waiting for ${name} to open it` };
  if (r.ready) return { standing: 'readyToOpen', text: 'Ready to open together' };
  if (sealed(r.myStatus)) return { standing: 'waiting', text: `Waiting for ${name}` };
  const theyFinished = sealed(r.partnerStatus) ? `; ${name} has finished` : '';
  if (r.myStatus === 'inProgress') return { standing: 'yourTurn', text: `Your turn: you have started${theyFinished}` };
  return { standing: 'yourTurn', text: `Your turn${theyFinished}` };
}

export const summaryStanding = (s: RelationshipSummary): StandingWords => standing(s);

/** What the other person is doing, for the waiting screen and the rating header. */
export function partnerStatusWords(name: string | null | undefined, status: Status, joined = true): string {
  const who = name?.trim() || 'The other person';
  if (!joined) return `${who} hasn't joined yet. Once they open the invite, they can start.`;
  switch (status) {
    case 'notStarted':
      return `${who} can start whenever they’re ready.`;
    case 'inProgress':
      return `${who} is working on theirs.`;
    case 'submitted':
      return `${who} has finished theirs.`;
    case 'confirmed':
      return `${who} is ready to open it.`;
  }
}

export const myStatusWords = (status: Status): string =>
  status === 'confirmed'
    ? 'You are ready to open it.'
    : status === 'submitted'
      ? 'You have shared yours.'
      : status === 'inProgress'
        ? 'You have started.'
        : 'You haven’t started yet.';

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

/** Whom a relationship in a list is with: "with Jon" only once Jon has joined. */
export function withWhom(r: Pick<RelationshipSummary, 'partnerName' | 'solo' | 'partnerJoined'>): string {
  if (!r.partnerName) return '';
  if (r.solo) return `${r.partnerName}, just for you`;
  if (r.partnerJoined === false) return `${r.partnerName} is invited, not joined yet`;
  return `with ${r.partnerName}`;
}
