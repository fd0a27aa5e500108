import { describe, expect, it } from 'vitest';
import { createIntl } from 'react-intl';
import { CATALOGUES } from './i18n/catalogues';
import { intlFor } from './i18n/intlFor';
import { connectionWords, myStatusWords, partnerStatusWords, standing, summaryStanding, withWhom, type RoundState } from './status';
import type { Status } from './types';

const englishIntl = intlFor('en');

describe('standing', () => {
  const round = (myStatus: Status, partnerStatus: Status, revealed = false, partnerName: string | null = 'Sam'): RoundState => ({
    myStatus,
    partnerStatus,
    revealed,
    partnerName,
  });

  it('says "your turn" until I have shared', () => {
    expect(standing(englishIntl, round('notStarted', 'notStarted'))).toEqual({ standing: 'yourTurn', text: 'Your turn' });
    expect(standing(englishIntl, round('inProgress', 'notStarted')).text).toBe('Your turn: you have started');
  });

  it('mentions that the other has finished, which is a status and nothing more', () => {
    expect(standing(englishIntl, round('notStarted', 'submitted')).text).toBe('Your turn; Sam has finished');
  });

  it('says "waiting for Sam" after I shared', () => {
    expect(standing(englishIntl, round('submitted', 'inProgress'))).toEqual({ standing: 'waiting', text: 'Waiting for Sam' });
    expect(standing(englishIntl, round('submitted', 'notStarted', false, null)).text).toBe('Waiting for the other person');
  });

  it('says "ready to talk" once revealed', () => {
    expect(standing(englishIntl, round('submitted', 'submitted', true))).toEqual({ standing: 'readyToTalk', text: 'Ready to talk' });
  });

  it('asks both to open a together round, and says who is waiting for whom', () => {
    const ready = { ...round('submitted', 'confirmed'), ready: true, revealPolicy: 'together' as const };
    expect(standing(englishIntl, ready)).toEqual({ standing: 'readyToOpen', text: 'Ready to open together' });
    expect(standing(englishIntl, { ...ready, myStatus: 'confirmed', partnerStatus: 'submitted' }).text).toBe('Waiting for Sam to open it');
    expect(standing(englishIntl, { ...ready, revealPolicy: 'facilitator' }).text).toBe('Waiting for the facilitator to open it');
  });

  it('speaks of a solo reflection as the person’s own', () => {
    expect(standing(englishIntl, { ...round('notStarted', 'notStarted', false, null), solo: true }).text).toBe('Your turn, just for you');
    expect(standing(englishIntl, { ...round('submitted', 'notStarted', true, null), solo: true })).toEqual({ standing: 'finished', text: 'Finished, just for you' });
  });

  it('reads a summary', () => {
    expect(
      summaryStanding(englishIntl, {
        relationshipId: 'r',
        kind: 'partner',
        label: 'Us',
        partnerName: 'Sam',
        roundNumber: 1,
        myStatus: 'submitted',
        partnerStatus: 'submitted',
        revealed: true,
      }).standing,
    ).toBe('readyToTalk');
  });
});

describe('partner status words', () => {
  it('names each status without any content', () => {
    expect(partnerStatusWords(englishIntl, 'Sam', 'notStarted')).toBe('Sam can start whenever they’re ready.');
    expect(partnerStatusWords(englishIntl, 'Sam', 'inProgress')).toBe('Sam is working on theirs.');
    expect(partnerStatusWords(englishIntl, 'Sam', 'submitted')).toBe('Sam has finished theirs.');
    expect(partnerStatusWords(englishIntl, 'Sam', 'confirmed')).toBe('Sam is ready to open it.');
  });

  it('says when the other person has not joined', () => {
    expect(partnerStatusWords(englishIntl, null, 'notStarted', false)).toMatch(/hasn't joined yet/);
  });

  it('falls back to a neutral name', () => {
    expect(partnerStatusWords(englishIntl, '  ', 'inProgress')).toBe('The other person is working on theirs.');
  });

  it('describes my own status', () => {
    expect(myStatusWords(englishIntl, 'submitted')).toBe('You have shared yours.');
    expect(myStatusWords(englishIntl, 'notStarted')).toMatch(/haven’t started/);
  });
});

describe('connection words', () => {
  it('reassures while reconnecting', () => {
    expect(connectionWords(englishIntl, 'reconnecting')).toMatch(/Reconnecting/);
    expect(connectionWords(englishIntl, 'reconnecting')).toMatch(/Nothing you wrote is lost/);
    expect(connectionWords(englishIntl, 'connected')).toMatch(/^Live/);
    expect(connectionWords(englishIntl, 'disconnected')).toMatch(/Offline/);
    expect(connectionWords(englishIntl, 'connecting')).toBe('Connecting…');
  });
});

describe('whom a relationship in a list is with', () => {
  it('says "with Jon" only once Jon has joined', () => {
    expect(withWhom(englishIntl, { partnerName: 'Jon', solo: false, partnerJoined: false })).toBe('Jon is invited, not joined yet');
    expect(withWhom(englishIntl, { partnerName: 'Jon', solo: false, partnerJoined: true })).toBe('with Jon');
    expect(withWhom(englishIntl, { partnerName: 'Jon', solo: true, partnerJoined: false })).toBe('Jon, just for you');
    expect(withWhom(englishIntl, { partnerName: null, solo: false })).toBe('');
  });
});

describe('statuses in the reader’s language', () => {
  const de = createIntl({ locale: 'de', messages: CATALOGUES.de });

  it('says whose turn it is in German, with the other person’s name as written', () => {
    const mine = standing(de, { myStatus: 'notStarted', partnerStatus: 'submitted', revealed: false, partnerName: 'Sam' });
    expect(mine).toEqual({ standing: 'yourTurn', text: de.formatMessage({ id: 'app.status.yourTurn' }, { named: 'yes', name: 'Sam', theyFinished: 'yes' }) });
    expect(mine.text).toBe('Du bist dran; Sam ist fertig');
    expect(partnerStatusWords(de, null, 'inProgress')).toBe('Die andere Person arbeitet an der eigenen Einschätzung.');
  });
});
