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
