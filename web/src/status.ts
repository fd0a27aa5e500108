// Statuses in plain, warm words. Never anything about the content of a perspective.
import type { IntlShape } from 'react-intl';
import type { MessageId } from './i18n/messageIds';
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

/** The other person's name, or `null` for "the other person" (the catalogue words it). */
const nameOf = (name: string | null | undefined): string | null => name?.trim() || null;

export function standing(intl: IntlShape, r: RoundState): StandingWords {
  const say = (id: MessageId, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const named = nameOf(r.partnerName);
  const who = { named: named ? 'yes' : 'no', name: named ?? '' };
  if (r.solo) {
    if (r.revealed) return { standing: 'finished', text: say('app.status.soloFinished') };
    return { standing: 'yourTurn', text: say(r.myStatus === 'inProgress' ? 'app.status.soloStarted' : 'app.status.soloYourTurn') };
  }
  if (r.revealed) return { standing: 'readyToTalk', text: say('app.status.readyToTalk') };
  if (r.ready && r.revealPolicy === 'facilitator') return { standing: 'waiting', text: say('app.status.waitingForFacilitator') };
  if (r.ready && r.myStatus === 'confirmed') return { standing: 'waiting', text: say('app.status.waitingToOpen', who) };
  if (r.ready) return { standing: 'readyToOpen', text: say('app.status.readyToOpen') };
  if (sealed(r.myStatus)) return { standing: 'waiting', text: say('app.status.waitingFor', who) };
  const theyFinished = sealed(r.partnerStatus) ? 'yes' : 'no';
  if (r.myStatus === 'inProgress') return { standing: 'yourTurn', text: say('app.status.yourTurnStarted', { ...who, theyFinished }) };
  return { standing: 'yourTurn', text: say('app.status.yourTurn', { ...who, theyFinished }) };
}

export const summaryStanding = (intl: IntlShape, s: RelationshipSummary): StandingWords => standing(intl, s);

/** What the other person is doing, for the waiting screen and the rating header. */
export function partnerStatusWords(intl: IntlShape, name: string | null | undefined, status: Status, joined = true): string {
  const named = nameOf(name);
  const who = { named: named ? 'yes' : 'no', name: named ?? '' };
  if (!joined) return intl.formatMessage({ id: 'app.partnerStatus.notJoined' }, who);
  const ids: Record<Status, MessageId> = {
    notStarted: 'app.partnerStatus.notStarted',
    inProgress: 'app.partnerStatus.inProgress',
    submitted: 'app.partnerStatus.submitted',
    confirmed: 'app.partnerStatus.confirmed',
  };
  return intl.formatMessage({ id: ids[status] }, who);
}

export function myStatusWords(intl: IntlShape, status: Status): string {
  const ids: Record<Status, MessageId> = {
    confirmed: 'app.myStatus.confirmed',
    submitted: 'app.myStatus.submitted',
    inProgress: 'app.myStatus.inProgress',
    notStarted: 'app.myStatus.notStarted',
  };
  return intl.formatMessage({ id: ids[status] });
}

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

const CONNECTION_WORDS: Record<ConnectionState, MessageId> = {
  connected: 'app.connection.connected',
  connecting: 'app.connection.connecting',
  reconnecting: 'app.connection.reconnecting',
  disconnected: 'app.connection.disconnected',
};

export const connectionWords = (intl: IntlShape, state: ConnectionState): string => intl.formatMessage({ id: CONNECTION_WORDS[state] });

/** Whom a relationship in a list is with: "with Jon" only once Jon has joined. */
export function withWhom(intl: IntlShape, r: Pick<RelationshipSummary, 'partnerName' | 'solo' | 'partnerJoined'>): string {
  if (!r.partnerName) return '';
  const name = r.partnerName;
  if (r.solo) return intl.formatMessage({ id: 'app.withWhom.solo' }, { name });
  if (r.partnerJoined === false) return intl.formatMessage({ id: 'app.withWhom.invited' }, { name });
  return intl.formatMessage({ id: 'app.withWhom.joined' }, { name });
}
