import { useEffect, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { loadHelp } from '../help';
import type { Help } from '../types';

/** What to do in danger and where to find support, as the operator configured it. */
export function HelpResources({ level = 2 }: { level?: 2 | 3 }) {
  const [help, setHelp] = useState<Help | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let alive = true;
    void loadHelp().then((h) => {
      if (!alive) return;
      if (h) setHelp(h);
      else setFailed(true);
    });
    return () => {
      alive = false;
    };
  }, []);
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
