import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGUES } from '../i18n/catalogues';
import { inLanguage } from '../i18n/testing';
import { SignInByEmail } from './SignInByEmail';

describe('signing in by email', () => {
  afterEach(cleanup);

  it('reads the same in English as before', () => {
    render(<SignInByEmail />, inLanguage());
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in with your email' })).toBeTruthy();
    expect(screen.getByLabelText('Your email address')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Send me a link' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'start here' })).toBeTruthy();
  });

  it('speaks German to a German reader, the link inside its sentence', () => {
    render(<SignInByEmail />, inLanguage('de'));
    expect(screen.getByRole('heading', { level: 1, name: CATALOGUES.de['signin.SignInByEmail.title'] })).toBeTruthy();
    expect(screen.getByLabelText(CATALOGUES.de['signin.SignInByEmail.emailLabel'])).toBeTruthy();
    expect(screen.getByRole('button', { name: CATALOGUES.de['signin.SignInByEmail.send'] })).toBeTruthy();
    const inSentence = /<start>(.*)<\/start>/.exec(CATALOGUES.de['signin.SignInByEmail.noEmail'])?.[1];
    expect(screen.getByRole('link', { name: inSentence })).toBeTruthy();
  });
});
