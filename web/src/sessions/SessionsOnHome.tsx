import { Link } from '../components/Link';
import { pathFor } from '../router';
import type { SessionSummary } from './types';

/** The person's facilitated sessions on Home, and the way to start one. */
export function SessionsOnHome({ sessions }: { sessions: SessionSummary[] }) {
  return (
    <section className="panel sessions-home" aria-labelledby="sessions-title">
      <h2 id="sessions-title">Facilitated sessions</h2>
      {sessions.length > 0 ? (
        <ul className="session-list">
          {sessions.map((s) => (
            <li key={s.sessionId}>
              <Link href={pathFor.session(s.sessionId)}>{s.title}</Link>
              <span className="muted"> · {s.role === 'facilitator' ? 'you facilitate' : 'you take part'}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          A counsellor, family therapist or mediator can run a session with a couple or a family: each pair reflects
          privately, and you open each pair’s perspectives when the room is ready.
        </p>
      )}
      <p>
        <Link href={pathFor.newSession()} className="button">
          Start a facilitated session
        </Link>
      </p>
    </section>
  );
}
