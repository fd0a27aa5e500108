import { FormattedMessage } from 'react-intl';
import { Link } from '../components/Link';
import { pathFor } from '../router';
import type { SessionSummary } from './types';

/** The person's facilitated sessions on Home, and the way to start one. */
export function SessionsOnHome({ sessions }: { sessions: SessionSummary[] }) {
  return (
    <section className="panel sessions-home" aria-labelledby="sessions-title">
      <h2 id="sessions-title">
        <FormattedMessage id="sessions.SessionsOnHome.title" />
      </h2>
      {sessions.length > 0 ? (
        <ul className="session-list">
          {sessions.map((s) => (
            <li key={s.sessionId}>
              <Link href={pathFor.session(s.sessionId)}>
                <bdi>{s.title}</bdi>
              </Link>
              <span className="muted">
                <FormattedMessage id="sessions.SessionsOnHome.role" values={{ role: s.role }} />
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          <FormattedMessage id="sessions.SessionsOnHome.about" />
        </p>
      )}
      <p>
        <Link href={pathFor.newSession()} className="button">
          <FormattedMessage id="sessions.SessionsOnHome.start" />
        </Link>
      </p>
    </section>
  );
}
