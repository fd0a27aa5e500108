import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GentleHint } from './GentleHint';
import { NoteField } from './NoteField';
import { PictureField } from './PictureField';
import { inLanguage } from '../i18n/testing';

const note = (value: string, isPrivate = false) => (
  <NoteField
    label="A note (optional)"
    maxLength={2000}
    value={value}
    onChange={() => undefined}
    isPrivate={isPrivate}
    onPrivate={() => undefined}
    errorId="e"
    partnerName="Sam"
  />
);

describe('the gentle-wording hint under every shared text', () => {
  afterEach(cleanup);

  it('shows under a note to be shared, tied to the field, and lets the words stand', () => {
    render(note('You never ask how my day was.'), inLanguage());
    const box = screen.getByRole('textbox', { name: 'A note (optional)' });
    const hint = screen.getByText(/This reads a little like an accusation \(“you never”\)/);
    expect(box.getAttribute('aria-describedby')).toContain(hint.id);
    expect(box.getAttribute('aria-invalid')).toBeNull();
    expect((box as HTMLTextAreaElement).value).toBe('You never ask how my day was.');
  });

  it('stays quiet for a note kept only for me, which nobody else reads', () => {
    render(note('You never ask how my day was.', true), inLanguage());
    expect(screen.queryByText(/reads a little like an accusation/)).toBeNull();
  });

  it('shows under a picture to be shared, with a picture’s example', () => {
    render(
      <PictureField
        legend="A picture"
        required={false}
        value={{ kind: 'mutualPattern', text: 'you are always late', private: false }}
        onChange={() => undefined}
        errorId="e"
        partnerName="Sam"
      />,
      inLanguage(),
    );
    expect(screen.getByText(/\(“you are always”\)\. It may land more gently as a picture of what you would like/)).toBeTruthy();
  });
});

describe('the gentle-wording hint for a writer in Spanish', () => {
  afterEach(cleanup);

  it('notices an accusation written in Spanish, and words the hint in Spanish', () => {
    const { container } = render(<GentleHint id="h" text="Nunca me escuchas" where="note" />, inLanguage('es'));
    const hint = container.querySelector('.gentle-hint')?.textContent ?? '';
    expect(hint).toContain('nunca me escuchas');
    expect(hint).not.toBe('');
  });
});
