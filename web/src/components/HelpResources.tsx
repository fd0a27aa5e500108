import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { knownHelp, loadHelp } from '../help';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/languages';
import type { Help } from '../types';

/**
 * What to do in danger and where to find support, as the operator configured it, in the reader's language: asked for
 * again when the language changes, and an answer in another language is never shown (it waits for its own).
 */
export function HelpResources({ level = 2 }: { level?: 2 | 3 }) {
  const intl = useIntl();
  const language: Language = isLanguage(intl.locale) ? intl.locale : DEFAULT_LANGUAGE;
  // The answer with the language it was asked in; `help: null` when it could not be had.
  const [answer, setAnswer] = useState<{ language: Language; help: Help | null } | null>(null);
  useEffect(() => {
    let alive = true;
    void loadHelp(language).then((help) => {
      if (alive) setAnswer({ language, help });
    });
    return () => {
      alive = false;
    };
  }, [language]);
  const current = answer?.language === language ? answer : null;
  const help = knownHelp(language) ?? current?.help ?? null;
  const failed = !help && current !== null;
  const H = level === 2 ? 'h2' : 'h3';
  const R = level === 2 ? 'h3' : 'h4';
  return (
    <section className="panel" aria-labelledby="help-resources-title">
      <H id="help-resources-title">
        <FormattedMessage id="components.HelpResources.title" />
      </H>
      {(!help || help.resources.length === 0) && (
        <p>
          <FormattedMessage id="components.HelpResources.emergency" />
        </p>
      )}
      {!help && !failed && (
        <p aria-live="polite">
          <FormattedMessage id="components.HelpResources.loading" />
        </p>
      )}
      {failed && (
        <p>
          <FormattedMessage id="components.HelpResources.failed" />
        </p>
      )}
      {help && help.resources.length > 0 && (
        <ul className="help-list">
          {help.resources.map((r, i) => (
            <li key={`${r.name}-${i}`}>
              <R>{r.name}</R>
              {r.description && <p>{r.description}</p>}
              {r.phone && (
                <p>
                  <FormattedMessage
                    id="components.HelpResources.phone"
                    values={{
                      phone: (
                        <a href={`tel:${r.phone.replace(/[^\d+]/g, '')}`} dir="ltr">
                          {r.phone}
                        </a>
                      ),
                    }}
                  />
                </p>
              )}
              {r.url && (
                <p>
                  <a href={r.url} rel="noopener noreferrer" target="_blank">
                    {r.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                    <span className="visually-hidden">
                      <FormattedMessage id="components.HelpResources.newTab" />
                    </span>
                  </a>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
