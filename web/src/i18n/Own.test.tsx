import { render, screen } from '@testing-library/react';
import { FormattedMessage } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { IntlProvider } from 'react-intl';
import { isolated, Own } from './Own';

describe('a person’s own words inside a sentence', () => {
  it('sit in an isolate of their own, and read the same as text', () => {
    render(
      <IntlProvider locale="ar" messages={{ greeting: 'مرحبًا {name}!' }}>
        <p data-testid="sentence">
          {/* a message made here: the app's ids are typed, this one is the test's own */}
          <FormattedMessage id={'greeting' as never} values={{ name: <Own>Sam 2</Own> }} />
        </p>
      </IntlProvider>,
    );
    const sentence = screen.getByTestId('sentence');
    expect(sentence.querySelector('bdi')?.textContent).toBe('Sam 2');
    expect(sentence.textContent).toBe('مرحبًا Sam 2!');
  });

  it('are isolated in plain text too', () => {
    expect(isolated('سارة')).toBe('\u2068سارة\u2069');
  });
});
