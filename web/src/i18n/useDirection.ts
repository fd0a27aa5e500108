import { useContext } from 'react';
import { IntlContext } from 'react-intl';
import { directionOf, isLanguage } from './languages';

/** The direction the person reads in ('rtl' for Arabic), for what CSS cannot mirror (an SVG's coordinates). */
export function useDirection(): 'ltr' | 'rtl' {
  const intl = useContext(IntlContext);
  return intl && isLanguage(intl.locale) ? directionOf(intl.locale) : 'ltr';
}
