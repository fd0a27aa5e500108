import { beforeEach, describe, expect, it } from 'vitest';
import { currentStep, isSkipped, JOURNEY, loadJourney, saveJourney } from './journey';

describe('the three-relationship journey', () => {
  beforeEach(() => localStorage.clear());

  it('asks for a partner, a close friend and a family member, each skippable', () => {
    expect(JOURNEY.map((s) => s.kind)).toEqual(['partner', 'closeFriend', 'familyMember']);
    expect(JOURNEY[0].skip).toBe('I don’t have a partner right now');
    expect(JOURNEY.every((s) => s.skip.length > 0)).toBe(true);
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
