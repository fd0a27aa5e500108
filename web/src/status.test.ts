import { describe, expect, it } from 'vitest';
import { connectionWords, myStatusWords, partnerStatusWords, standing, summaryStanding } from './status';

describe('standing', () => {
  it('says "your turn" until I have shared', () => {
    expect(standing('notStarted', 'notStarted', false, 'Sam')).toEqual({ standing: 'yourTurn', text: 'Your turn' });
    expect(standing('inProgress', 'notStarted', false, 'Sam').text).toBe('Your turn: you have started');
  });

  it('mentions that the other has finished, which is a status and nothing more', () => {
    expect(standing('notStarted', 'submitted', false, 'Sam').text).toBe('Your turn; Sam has finished');
  });

  it('says "waiting for Sam" after I shared', () => {
    expect(standing('submitted', 'inProgress', false, 'Sam')).toEqual({ standing: 'waiting', text: 'Waiting for Sam' });
    expect(standing('submitted', 'notStarted', false, null).text).toBe('Waiting for the other person');
  });

  it('says "ready to talk" once revealed', () => {
    expect(standing('submitted', 'submitted', true, 'Sam')).toEqual({ standing: 'readyToTalk', text: 'Ready to talk' });
  });

  it('reads a summary', () => {
    expect(
      summaryStanding({
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
    expect(partnerStatusWords('Sam', 'notStarted')).toBe("Sam hasn't started yet.");
    expect(partnerStatusWords('Sam', 'inProgress')).toBe('Sam is working on theirs.');
    expect(partnerStatusWords('Sam', 'submitted')).toBe('Sam has finished theirs.');
  });

  it('says when the other person has not joined', () => {
    expect(partnerStatusWords(null, 'notStarted', false)).toMatch(/hasn't joined yet/);
  });

  it('falls back to a neutral name', () => {
    expect(partnerStatusWords('  ', 'inProgress')).toBe('The other person is working on theirs.');
  });

  it('describes my own status', () => {
    expect(myStatusWords('submitted')).toBe('You have shared yours.');
    expect(myStatusWords('notStarted')).toMatch(/haven’t started/);
  });
});

describe('connection words', () => {
  it('reassures while reconnecting', () => {
    expect(connectionWords('reconnecting')).toMatch(/Reconnecting/);
    expect(connectionWords('reconnecting')).toMatch(/Nothing you wrote is lost/);
    expect(connectionWords('connected')).toMatch(/^Live/);
    expect(connectionWords('disconnected')).toMatch(/Offline/);
    expect(connectionWords('connecting')).toBe('Connecting…');
  });
});
