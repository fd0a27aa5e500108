import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RevealBody } from './RevealBody';
import { inLanguage } from '../i18n/testing';
import SPANISH from '../words/method-words.es.json';
import ENGLISH from '../words/method-words.json';

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
      inLanguage(),
    );
    expect(screen.getAllByText('Only you see this')).toHaveLength(2);
    expect(screen.getByText('my picture')).toBeTruthy();
    expect(screen.getByText('Sam feels you give more here')).toBeTruthy();
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
      inLanguage(),
    );
    const text = container.textContent ?? '';
    const season = text.indexOf('Alex is in a season of grief: since March.');
    const start = text.indexOf('Where to start');
    const firstDimension = text.indexOf('Reaching out');
    expect(season).toBeGreaterThan(-1);
    expect(text.indexOf('Sunday walks')).toBeLessThan(start);
    expect(season).toBeLessThan(start);
    expect(start).toBeLessThan(firstDimension);
    // Alex marked a season of grief: the opener names it instead of asking whether it is one.
    expect(text).toContain(
      'You and Alex both notice Alex gives most of the upkeep, while Alex is in a season of grief. In a season, care leaning one way is part of looking after each other: what would help while it lasts?',
    );
    expect(text).not.toContain('Is that a season');
    expect(text).toContain('try listening first');
    expect(text).toContain('a counsellor can help');
    expect(text).toContain('Alex: Mostly one-directional (2 on the 1–5 scale)');
    expect(text).not.toMatch(/of 5|carry more|audit|balanced|even/i);
    // Positions on one line, never widths.
    for (const el of Array.from(container.querySelectorAll<HTMLElement>('*'))) expect(el.style.width).toBe('');
    expect(container.querySelectorAll('.scale-line')).toHaveLength(5);
  });
});

describe('the pictures you each hold', () => {
  afterEach(cleanup);

  it('shows every picture each person shared, under the dimension it belongs to, and my private one marked', () => {
    const { container } = render(
      <RevealBody
        mine={{
          dimensions: {
            maintenance: { score: 1, leans: 'me', picture: { kind: 'boundary', text: 'I stop planning every visit', private: false } },
            depth: { score: 2, leans: 'me', picture: { kind: 'mutualPattern', text: 'my quiet depth wish', private: true } },
          },
          overall: 3,
        }}
        theirs={{
          dimensions: {
            initiation: { score: 2, leans: 'them', picture: { kind: 'mutualPattern', text: 'We take turns calling', private: false } },
            // A private picture never arrives from the server; should one, it is still not shown.
            crisisResponse: { score: 1, picture: { kind: 'boundary', text: 'their-secret', private: true } },
          },
          overall: 4,
        }}
        partnerName="Sam"
      />,
      inLanguage(),
    );
    const pictures = container.querySelector('[aria-label="The pictures and seasons"]')!;
    const text = pictures.textContent ?? '';
    expect(text).toContain('Upkeep: A boundary I needI stop planning every visit');
    expect(text).toContain('Depth: A mutual pattern to buildmy quiet depth wish Only you see this');
    expect(text).toContain('Reaching out: A mutual pattern to buildWe take turns calling');
    expect(text).not.toContain('No picture written');
    expect(container.textContent).not.toContain('their-secret');
  });

  it('names both people on the facilitator’s screen, and says so when someone wrote no picture at all', () => {
    render(
      <RevealBody
        mine={{ dimensions: { maintenance: { score: 1, leans: 'me', picture: { kind: 'boundary', text: 'Fewer visits', private: false } } }, overall: 3 }}
        theirs={{ dimensions: { maintenance: { score: 2, leans: 'them' } }, overall: 3 }}
        selfName="Alex"
        partnerName="Sam"
      />,
      inLanguage(),
    );
    expect(screen.getByText('Upkeep: A boundary they need')).toBeTruthy();
    expect(screen.getByText('No picture written.')).toBeTruthy();
    expect(screen.getByText('Alex and Sam both notice Alex gives more of this at the moment.')).toBeTruthy();
    expect(screen.getByText('Sam feels Alex gives more here')).toBeTruthy();
  });
});

describe('the reveal in the reader’s language', () => {
  afterEach(cleanup);

  it('titles each dimension and words each position in Spanish from the Spanish file', () => {
    const { container } = render(
      <RevealBody
        mine={{ dimensions: { depth: { score: 2, leans: 'me' } }, overall: 3, picture: null }}
        theirs={{ dimensions: { depth: { score: 4, leans: 'them' } }, overall: 3, picture: null }}
        partnerName="Sam"
      />,
      inLanguage('es'),
    );
    expect(screen.getAllByRole('heading', { name: SPANISH.dimensions.depth.title }).length).toBeGreaterThan(0);
    const text = container.textContent ?? '';
    expect(text).toContain(SPANISH.scale[2]);
    expect(text).not.toContain(ENGLISH.dimensions.depth.title);
    expect(text).not.toContain(ENGLISH.scale[2]);
  });
});
