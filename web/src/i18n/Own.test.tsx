import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isolated, Own } from './Own';

describe('a person’s own words inside a sentence', () => {
  it('sit in an isolate of their own, and read the same as text', () => {
    render(
      <p data-testid="sentence" dir="rtl">
        مرحبًا <Own>Sam 2</Own>!
      </p>,
    );
    const sentence = screen.getByTestId('sentence');
    expect(sentence.querySelector('bdi')?.textContent).toBe('Sam 2');
    expect(sentence.textContent).toBe('مرحبًا Sam 2!');
  });

  it('are isolated in plain text too', () => {
    expect(isolated('سارة')).toBe('\u2068سارة\u2069');
  });
});
