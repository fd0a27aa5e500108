import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RelationshipView } from '../types';
import { NextCheckInPanel } from './NextCheckInPanel';
import { inLanguage } from '../i18n/testing';

const view = (over: Partial<RelationshipView>): RelationshipView =>
  ({
    relationshipId: 'r',
    kind: 'familyMember',
    label: 'The Riveras',
    me: { personId: 'me', displayName: 'Ana' },
    partner: { personId: 'ben', displayName: 'Casey' },
    round: { number: 1, revealed: true },
    history: [],
    revealPolicy: 'auto',
    nextCheckIn: null,
    ...over,
  }) as RelationshipView;

describe('when to check in again', () => {
  afterEach(cleanup);

  it('a pair of two suggests a date', () => {
    render(<NextCheckInPanel view={view({})} partnerName="Casey" onView={() => undefined} />, inLanguage());
    expect(screen.getByRole('button', { name: 'Suggest this date' })).toBeTruthy();
  });

  it('a session’s pair has no date of its own to suggest: the facilitator starts the next check-in', () => {
    const { container } = render(<NextCheckInPanel view={view({ revealPolicy: 'facilitator' })} partnerName="Casey" onView={() => undefined} />, inLanguage());
    expect(container.textContent).toBe('');
    expect(screen.queryByRole('button', { name: 'Suggest this date' })).toBeNull();
  });
});
