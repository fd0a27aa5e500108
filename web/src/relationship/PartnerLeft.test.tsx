import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { inLanguage } from '../i18n/testing';
import { intlFor } from '../i18n/intlFor';
import { isNamed, otherName } from './otherName';
import { PartnerLeft } from './PartnerLeft';
import type { RelationshipView } from '../types';

const view = (partnerName: string | null): RelationshipView => ({
  relationshipId: 'rel-1',
  kind: 'familyMember',
  label: '',
  me: { personId: 'me', displayName: 'Ana' },
  partner: partnerName === null ? null : { personId: 'them', displayName: partnerName },
  round: { number: 1, myStatus: 'submitted', partnerStatus: 'notStarted', myDraft: null, revealed: false, reveal: null },
  history: [],
});

describe('the other person, when the host keeps no name for them', () => {
  it('reads the host’s English stand-in as no name, worded in the reader’s language', () => {
    const es = intlFor('es');
    const standIn = view('Your family member');
    expect(otherName(es, standIn, null)).toBe('tu familiar');
    expect(isNamed(es, standIn, otherName(es, standIn, null))).toBe(false);
    expect(otherName(es, view(null), 'The other person')).toBe('tu familiar');
  });

  it('keeps a name as it was given', () => {
    const de = intlFor('de');
    expect(otherName(de, view('Jon'), null)).toBe('Jon');
    expect(isNamed(de, view('Jon'), 'Jon')).toBe(true);
  });

  it('says "the other person has left" in German, not an English description', () => {
    const left = view(null);
    render(<PartnerLeft view={left} partnerName={otherName(intlFor('de'), left, 'Your partner')} />, inLanguage('de'));
    expect(screen.getByRole('heading', { name: 'Die andere Person hat diese Beziehung verlassen' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Your|partner/);
  });
});
