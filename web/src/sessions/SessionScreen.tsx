import { FormattedMessage, useIntl } from 'react-intl';
import { ApiError, friendlyError } from '../api';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { pathFor } from '../router';
import { Board } from './Board';
import { ParticipantSession } from './ParticipantSession';
import { useSession } from './useSession';
import './sessions.css';

export function SessionProblem({ error }: { error: unknown }) {
  const intl = useIntl();
  const gone = error instanceof ApiError && error.status === 404;
  return (
    <div className="screen">
      <Heading>
        <FormattedMessage id="sessions.SessionProblem.title" />
      </Heading>
      <p className="form-error" role="alert">
        {gone ? <FormattedMessage id="sessions.SessionProblem.gone" /> : friendlyError(error, intl)}
      </p>
      <p>
        <Link href={pathFor.home()}>
          <FormattedMessage id="sessions.SessionProblem.home" />
        </Link>
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
        <p aria-live="polite">
          <FormattedMessage id="sessions.SessionScreen.opening" />
        </p>
      </div>
    );
  }
  if (view.role === 'facilitator') return <Board view={view} onView={setView} refetch={refetch} />;
  return <ParticipantSession view={view} onView={setView} />;
}
