import { FormattedMessage } from 'react-intl';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { pathFor } from '../router';
import { RoomControls } from './RoomControls';
import { RoomScreen } from './RoomScreen';
import { sessionApi } from './sessionApi';
import { SessionProblem } from './SessionScreen';
import { useSession } from './useSession';
import './sessions.css';

const pairFromAddress = (): string | null => new URLSearchParams(window.location.search).get('pair');

const isProjector = (): boolean => new URLSearchParams(window.location.search).get('screen') === 'projector';

/**
 * `/sessions/{id}/present`: the room. The facilitator's device holds the controls; the projector
 * (`?screen=projector`) shows the pair alone, following each step live. Nothing of a pair before it opens.
 */
export function Presentation({ id }: { id: string }) {
  const [version, setVersion] = useState(0);
  const onRevealed = useCallback(() => setVersion((v) => v + 1), []);
  const { view, error, setView } = useSession(id, onRevealed);
  const [projector] = useState(isProjector);

  // "Show this pair" on the board opens this page with `?pair=`: the facilitator's device puts it on the screen once.
  const asked = useRef(pairFromAddress());
  useEffect(() => {
    const pairId = asked.current;
    if (!view || projector || !pairId) return;
    asked.current = null;
    if (view.room?.pairId !== pairId && view.pairs.some((p) => p.pairId === pairId && p.relationshipId && !p.leftOut)) {
      sessionApi.stepRoom(view.sessionId, pairId, 'startingPoints').then(setView, () => undefined);
    }
  }, [view, projector, setView]);

  if (error && !view) return <SessionProblem error={error} />;
  if (!view) {
    return (
      <div className="screen">
        <p aria-live="polite">
          <FormattedMessage id="sessions.Presentation.opening" />
        </p>
      </div>
    );
  }

  return (
    <div className={`screen presentation${projector ? ' projector' : ''}`}>
      {!projector && (
        <p className="eyebrow no-print">
          <Link href={pathFor.session(view.sessionId)}>
            <FormattedMessage id="sessions.backToBoard" />
          </Link>
        </p>
      )}
      <Heading>
        <bdi>{view.title}</bdi>
      </Heading>
      {/* On the facilitator's own device the controls come first, within reach of a thumb. */}
      {!projector && <RoomControls view={view} onView={setView} />}
      {view.room ? (
        <RoomScreen view={view} room={view.room} version={version} />
      ) : (
        <p className="lead">
          <FormattedMessage id="sessions.Presentation.nothingShown" values={{ projector: String(projector) }} />
        </p>
      )}
    </div>
  );
}
