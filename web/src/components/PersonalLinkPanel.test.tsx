import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGUES } from '../i18n/catalogues';
import { inLanguage } from '../i18n/testing';
import { PersonalLinkPanel } from './PersonalLinkPanel';

describe('the personal link panel', () => {
  afterEach(cleanup);

  it('reads the same in English as before', () => {
    render(<PersonalLinkPanel accessKey="k-123" />, inLanguage());
    expect(screen.getByRole('heading', { level: 2, name: 'Your personal link' })).toBeTruthy();
    expect(screen.getByLabelText('Personal link')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy();
    expect(screen.getByText(/^There are no passwords here\./)).toBeTruthy();
  });

  it('speaks Arabic to an Arabic reader, the link itself unchanged', () => {
    render(<PersonalLinkPanel accessKey="k-123" />, inLanguage('ar'));
    expect(screen.getByRole('heading', { level: 2, name: CATALOGUES.ar['components.PersonalLinkPanel.title'] })).toBeTruthy();
    const field = screen.getByLabelText<HTMLInputElement>(CATALOGUES.ar['components.PersonalLinkPanel.linkLabel']);
    expect(field.value).toContain('k-123');
    expect(screen.getByRole('button', { name: CATALOGUES.ar['components.CopyField.copy'] })).toBeTruthy();
    expect(screen.getByText(CATALOGUES.ar['components.PersonalLinkPanel.keepPrivate'])).toBeTruthy();
  });
});
