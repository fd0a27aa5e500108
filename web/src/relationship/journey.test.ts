import { beforeEach, describe, expect, it } from 'vitest';
import { createIntl } from 'react-intl';
import { CATALOGUES } from '../i18n/catalogues';
import { currentStep, isSkipped, JOURNEY, journeyWords, loadJourney, saveJourney } from './journey';

const en = createIntl({ locale: 'en', messages: CATALOGUES.en });

describe('the three-relationship journey', () => {
  beforeEach(() => localStorage.clear());

  it('asks for a partner, a close friend and a family member, each skippable', () => {
    expect(JOURNEY.map((s) => s.kind)).toEqual(['partner', 'closeFriend', 'familyMember']);
    expect(journeyWords(en, JOURNEY[0]).skip).toBe('I don’t have a partner right now');
    expect(JOURNEY.every((s) => journeyWords(en, s).skip.length > 0)).toBe(true);
    expect(JOURNEY.map((s) => journeyWords(en, s).title)).toEqual(['A partner', 'A close friend', 'A family member']);
  });

  it('goes on at the first step without a choice, and ends when all have one', () => {
    expect(currentStep({})).toBe(0);
    expect(currentStep({ partner: { skipped: true } })).toBe(1);
    const solo = { relationshipId: 'r', partnerName: 'Mum', inviteUrl: null };
    expect(currentStep({ partner: { skipped: true }, familyMember: solo })).toBe(1);
    expect(currentStep({ partner: { skipped: true }, closeFriend: { skipped: true }, familyMember: solo })).toBe(3);
    expect(isSkipped({ skipped: true })).toBe(true);
    expect(isSkipped(solo)).toBe(false);
  });

  it('keeps each person’s choices apart, and survives a broken copy', () => {
    saveJourney('p1', { partner: { skipped: true } });
    expect(loadJourney('p1')).toEqual({ partner: { skipped: true } });
    expect(loadJourney('p2')).toEqual({});
    localStorage.setItem('reciprocity.journey.p3', '{not json');
    expect(loadJourney('p3')).toEqual({});
  });
});
