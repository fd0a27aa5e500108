import { describe, expect, it } from 'vitest';
import { changedFields, emptyDraft, isComplete, missingFields, needsPicture, normalize, toPatch } from './perspective';

describe('perspective', () => {
  it('normalizes a partial or missing draft', () => {
    const d = normalize({ dimensions: { depth: { score: 4 } }, overall: 7 as number });
    expect(d.dimensions.depth).toEqual({ score: 4, leans: null, note: '' });
    expect(d.dimensions.initiation).toEqual({ score: null, leans: null, note: '' });
    expect(d.overall).toBeNull(); // out of range is treated as unanswered
    expect(d.picture).toEqual({ kind: 'mutualPattern', text: '' });
    expect(d.season).toEqual({ kind: 'none', note: '' });
    expect(normalize(null)).toEqual(emptyDraft());
  });

  it('lists what is missing, including the picture for an overall of 1 or 2', () => {
    const d = emptyDraft();
    expect(missingFields(d)).toEqual([
      'dimensions.initiation.score',
      'dimensions.depth.score',
      'dimensions.crisisResponse.score',
      'dimensions.maintenance.score',
      'overall',
    ]);
    for (const k of ['initiation', 'depth', 'crisisResponse', 'maintenance'] as const) d.dimensions[k].score = 3;
    d.overall = 2;
    expect(missingFields(d)).toEqual(['picture.text']);
    d.picture.text = '   ';
    expect(isComplete(d)).toBe(false);
    d.picture.text = 'We both plan the weekend.';
    expect(isComplete(d)).toBe(true);
    d.picture.text = '';
    d.overall = 3;
    expect(isComplete(d)).toBe(true);
  });

  it('needs a picture only for 1 and 2', () => {
    expect([null, 1, 2, 3, 4, 5].map(needsPicture)).toEqual([false, true, true, false, false, false]);
  });

  it('builds a patch of the named fields only, without unset values, every dimension with its note', () => {
    const d = emptyDraft();
    d.dimensions.depth = { score: 2, leans: null, note: 'hm' };
    d.overall = 4;
    const emptyNotes = { initiation: { note: '' }, depth: { note: '' }, crisisResponse: { note: '' }, maintenance: { note: '' } };
    expect(toPatch(d, ['dimensions'])).toEqual({ dimensions: { ...emptyNotes, depth: { score: 2, note: 'hm' } } });
    expect(toPatch(d, ['overall', 'season'])).toEqual({ overall: 4, season: { kind: 'none', note: '' } });
    // A deleted note goes as "": the server keeps what a save leaves out (docs/api.md, "Drafts merge").
    expect(toPatch(emptyDraft(), ['overall', 'dimensions'])).toEqual({ dimensions: emptyNotes });
  });

  it('finds the changed top-level fields', () => {
    const a = emptyDraft();
    const b = { ...a, overall: 3, picture: { kind: 'boundary' as const, text: '' } };
    expect(changedFields(a, b)).toEqual(['overall', 'picture']);
    expect(changedFields(a, emptyDraft())).toEqual([]);
  });
});
