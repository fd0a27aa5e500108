import { ApiError, friendlyError } from '../api';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { pathFor } from '../router';
import { Board } from './Board';
import { ParticipantSession } from './ParticipantSession';
import { useSession } from './useSession';
import './sessions.css';

export function SessionProblem({ error }: { error: unknown }) {
  const gone = error instanceof ApiError && error.status === 404;
  return (
    <div className="screen">
      <Heading>We couldn’t open this session</Heading>
      <p className="form-error" role="alert">
        {gone ? 'This session isn’t one of yours, or it has been closed.' : friendlyError(error)}
      </p>
      <p>
        <Link href={pathFor.home()}>Back to your relationships</Link>
      </p>
    </div>
  );
}

/** `/sessions/{id}`: the facilitator's board, or a participant's own pairs. */
export function SessionScreen({ id }: { id: string }) {
  const { view, error, setView, refetch } = useSession(id);
  if (error && !view) return <SessionProblem error={error} />;
  if (!view) {
    return (
      <div className="screen">
        <p aria-live="polite">Opening the session…</p>
      </div>
    );
  }
  if (view.role === 'facilitator') return <Board view={view} onView={setView} refetch={refetch} />;
  return <ParticipantSession view={view} onView={setView} />;
}
