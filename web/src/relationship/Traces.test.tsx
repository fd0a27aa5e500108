import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RelationshipView } from '../types';
import { Traces } from './Traces';
import { inLanguage } from '../i18n/testing';

const revealed = (appreciations: Record<string, string>, smallThings: Record<string, string>): RelationshipView => ({
  relationshipId: 'r1',
  kind: 'partner',
  label: '',
  me: { personId: 'me', displayName: 'Alex' },
  partner: { personId: 'them', displayName: 'Jon' },
  round: {
    number: 1,
    myStatus: 'submitted',
    partnerStatus: 'submitted',
    myDraft: null,
    revealed: true,
    reveal: { revealedAt: '2026-01-01T00:00:00Z', mine: {}, theirs: {}, appreciations, smallThings },
  },
  history: [],
});

describe('Traces on paper', () => {
  afterEach(cleanup);

  it('leaves off a heading with nothing saved under it, and the whole part when nothing was saved', () => {
    const { container } = render(<Traces view={revealed({}, { them: 'Call on Sundays' })} partnerName="Jon" onTraces={() => undefined} />, inLanguage());
    expect(screen.getByRole('heading', { name: 'A word of thanks' }).classList.contains('no-print')).toBe(true);
    expect(screen.getByRole('heading', { name: 'One small thing I’ll try' }).classList.contains('no-print')).toBe(false);
    expect(container.querySelector('section')!.classList.contains('no-print')).toBe(false);
    cleanup();
    const empty = render(<Traces view={revealed({}, {})} partnerName="Jon" onTraces={() => undefined} />, inLanguage());
    expect(empty.container.querySelector('section')!.classList.contains('no-print')).toBe(true);
  });
});
