import { useIntl } from 'react-intl';
import { isLanguage } from '../i18n/languages';
import { accusationHint, hintWords, type GentleWhere } from './accusation';

/**
 * The gentle-wording hint under a text someone else will read: a note, a picture, a thanks, a small thing. Words
 * only, never a block; nothing shows for text kept "only for me", which nobody else reads.
 */
export function GentleHint({ id, text, where, shared = true }: { id: string; text: string; where: GentleWhere; shared?: boolean }) {
  const intl = useIntl();
  const hint = shared ? accusationHint(text, where, isLanguage(intl.locale) ? intl.locale : undefined) : null;
  return (
    <p className="gentle-hint" id={id} aria-live="polite">
      {hint ? hintWords(intl, hint) : ''}
    </p>
  );
}
