import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RevealBody } from './RevealBody';

describe('the reveal', () => {
  afterEach(cleanup);

  it('marks my own private notes and pictures, and shows the other’s without any sign of what they kept', () => {
    render(
      <RevealBody
        mine={{
          dimensions: { depth: { score: 2, leans: 'me', note: 'I carry the evenings', private: true, picture: { kind: 'boundary', text: 'my picture', private: false } } },
          overall: 2,
          picture: { kind: 'mutualPattern', text: 'Sunday walks', private: true },
        }}
        theirs={{ dimensions: { depth: { score: 4, leans: 'them', note: null } }, overall: 3, picture: null }}
        partnerName="Sam"
      />,
    );
    expect(screen.getAllByText('Only you see this')).toHaveLength(2);
    expect(screen.getByText('my picture')).toBeTruthy();
    expect(screen.getByText('Sam feels they mostly receive')).toBeTruthy();
    const text = document.body.textContent ?? '';
    expect(text).not.toMatch(/hidden|private|withheld|kept back/i);
  });
});

describe('the reveal leads with what is constructive', () => {
  afterEach(cleanup);

  it('shows the pictures and seasons first, then the starting points, and no bar whose length encodes a score', () => {
    const { container } = render(
      <RevealBody
        mine={{
          dimensions: { maintenance: { score: 2, leans: 'them' }, depth: { score: 5, leans: 'neither' } },
          overall: 3,
          picture: { kind: 'mutualPattern', text: 'Sunday walks' },
        }}
        theirs={{
          dimensions: { maintenance: { score: 1, leans: 'me' }, depth: { score: 1, leans: 'neither' } },
          overall: 2,
          season: { kind: 'grief', note: 'since March' },
        }}
        partnerName="Alex"
      />,
    );
    const text = container.textContent ?? '';
    const season = text.indexOf('Alex is in a season of grief: since March.');
    const start = text.indexOf('Where to start');
    const firstDimension = text.indexOf('Reaching out');
    expect(season).toBeGreaterThan(-1);
    expect(text.indexOf('Sunday walks')).toBeLessThan(start);
    expect(season).toBeLessThan(start);
    expect(start).toBeLessThan(firstDimension);
    expect(text).toContain('You both notice Alex gives most of the upkeep. Is that a season, or the usual pattern?');
    expect(text).toContain('try listening first');
    expect(text).toContain('a counsellor can help');
    expect(text).toContain('Alex: Mostly one-directional (2 on the 1–5 scale)');
    expect(text).not.toMatch(/of 5|carry more|audit|balanced|even/i);
    // Positions on one line, never widths.
    for (const el of Array.from(container.querySelectorAll<HTMLElement>('*'))) expect(el.style.width).toBe('');
    expect(container.querySelectorAll('.scale-line')).toHaveLength(5);
  });
});
