import { describe, expect, it } from 'vitest';
import { changedFields, emptyDraft, isComplete, missingFields, isLow, normalize, toPatch } from './perspective';

const NO_PICTURE = { kind: 'mutualPattern', text: '', private: false };

describe('perspective', () => {
  it('normalizes a partial or missing draft', () => {
    const d = normalize({ dimensions: { depth: { score: 4 } }, overall: 7 as number });
    expect(d.dimensions.depth).toEqual({ score: 4, leans: null, note: '', private: false, picture: NO_PICTURE });
    expect(d.dimensions.initiation).toEqual({ score: null, leans: null, note: '', private: false, picture: NO_PICTURE });
    expect(d.overall).toBeNull(); // out of range is treated as unanswered
    expect(d.picture).toEqual(NO_PICTURE);
    expect(d.season).toEqual({ kind: 'none', note: '', private: false });
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

  it('reads the private flags and a dimension’s picture', () => {
    const d = normalize({
      dimensions: { depth: { score: 2, note: 'n', private: true, picture: { kind: 'boundary', text: 'p', private: true } } },
      picture: { text: 'x', private: true },
      season: { kind: 'grief', note: 's', private: true },
    });
    expect(d.dimensions.depth).toMatchObject({ private: true, picture: { kind: 'boundary', text: 'p', private: true } });
    expect(d.picture.private).toBe(true);
    expect(d.season.private).toBe(true);
  });

  it('needs a picture only for 1 and 2', () => {
    expect([null, 1, 2, 3, 4, 5].map(isLow)).toEqual([false, true, true, false, false, false]);
  });

  it('builds a patch of the named fields only, without unset values, every dimension with its note', () => {
    const d = emptyDraft();
    d.dimensions.depth = { ...d.dimensions.depth, score: 2, note: 'hm' };
    d.overall = 4;
    const untouched = { note: '', private: false, picture: NO_PICTURE };
    const emptyDims = { initiation: untouched, depth: untouched, crisisResponse: untouched, maintenance: untouched };
    expect(toPatch(d, ['dimensions'])).toEqual({ dimensions: { ...emptyDims, depth: { score: 2, note: 'hm', private: false, picture: NO_PICTURE } } });
    expect(toPatch(d, ['overall', 'season'])).toEqual({ overall: 4, season: { kind: 'none', note: '', private: false } });
    // A deleted note goes as "": the server keeps what a save leaves out (docs/api.md, "Drafts merge").
    expect(toPatch(emptyDraft(), ['overall', 'dimensions'])).toEqual({ dimensions: emptyDims });
  });

  it('sends the private flags, and a dimension’s picture whole, so that emptying it empties it', () => {
    const d = emptyDraft();
    d.dimensions.maintenance = { ...d.dimensions.maintenance, note: 'mine', private: true };
    expect(toPatch(d, ['dimensions']).dimensions?.maintenance).toEqual({ note: 'mine', private: true, picture: NO_PICTURE });
    d.dimensions.maintenance.picture = { kind: 'boundary', text: 'Sundays are mine', private: true };
    expect(toPatch(d, ['dimensions']).dimensions?.maintenance?.picture).toEqual({ kind: 'boundary', text: 'Sundays are mine', private: true });
    d.picture = { kind: 'mutualPattern', text: 'p', private: true };
    expect(toPatch(d, ['picture'])).toEqual({ picture: { kind: 'mutualPattern', text: 'p', private: true } });
  });

  it('finds the changed top-level fields', () => {
    const a = emptyDraft();
    const b = { ...a, overall: 3, picture: { kind: 'boundary' as const, text: '', private: false } };
    expect(changedFields(a, b)).toEqual(['overall', 'picture']);
    expect(changedFields(a, emptyDraft())).toEqual([]);
  });
});
