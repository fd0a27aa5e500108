import { FormattedMessage, useIntl } from 'react-intl';
import { ConnectionStatus } from '../components/ConnectionStatus';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { pathFor } from '../router';
import { whyNotNextCheckIn } from './board';
import { PreReadsPanel } from '../practice/PreReadsPanel';
import { NotesPanel } from './NotesPanel';
import { PairBoard } from './PairBoard';
import { PairsChooser } from './PairsChooser';
import { SeatsPanel } from './SeatsPanel';
import { sessionApi } from './sessionApi';
import type { SessionView } from './types';
import { conflictDetail, useAction } from '../useAction';

/** The next check-in: a new round in every opened pair, to see change over time. */
function NextCheckIn({ view, onView }: { view: SessionView; onView: (v: SessionView) => void }) {
  // 409: a pair moved on the board meanwhile; the server's sentence names it.
  const intl = useIntl();
  const { run, busy, error: problem } = useAction(conflictDetail);
  const why = whyNotNextCheckIn(view, intl);

  async function start() {
    await run(async () => onView(await sessionApi.nextCheckIn(view.sessionId)));
  }

  return (
    <section className="panel" aria-labelledby="check-in-title">
      <h2 id="check-in-title">
        <FormattedMessage id="sessions.Board.checkInTitle" values={{ checkIn: view.checkIn }} />
      </h2>
      <p>
        <FormattedMessage id="sessions.Board.checkInAbout" values={{ kind: view.kind }} />
      </p>
      {why && (
        <p className="muted" id="check-in-why">
          {why}
        </p>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <button type="button" onClick={start} disabled={busy || why !== null} aria-describedby={why ? 'check-in-why' : undefined}>
        <FormattedMessage id="sessions.Board.nextCheckIn" />
      </button>
    </section>
  );
}

/** The facilitator's board: the people and their seats, the pairs live, notes, check-ins, and where to show and print. */
export function Board({ view, onView, refetch }: { view: SessionView; onView: (v: SessionView) => void; refetch: () => void }) {
  const intl = useIntl();
  const seated = view.participants.length >= 2 && view.participants.every((p) => p.claimed);
  return (
    <div className="screen session-board">
      <div className="relationship-header">
        <p className="eyebrow">
          <FormattedMessage id="sessions.Board.eyebrow" values={{ kind: view.kind, checkIn: view.checkIn }} />
        </p>
        <ConnectionStatus />
      </div>
      <Heading>
        <bdi>{view.title}</bdi>
      </Heading>
      <p className="lead">
        <FormattedMessage id="sessions.Board.lead" />
      </p>
      <nav className="panel session-links" aria-label={intl.formatMessage({ id: 'sessions.Board.links' })}>
        <Link href={pathFor.present(view.sessionId)} className="button">
          <FormattedMessage id="sessions.Board.sharedScreen" />
        </Link>
        <Link href={pathFor.report(view.sessionId)} className="button">
          <FormattedMessage id="sessions.Board.report" />
        </Link>
      </nav>
      {/* Once everyone has taken their seat, the pairs are what the room is about: they come first. */}
      {seated && <PairBoard view={view} onView={onView} onChanged={refetch} />}
      <SeatsPanel view={view} onChanged={refetch} />
      {view.kind === 'family' && <PairsChooser view={view} onView={onView} />}
      {!seated && <PairBoard view={view} onView={onView} onChanged={refetch} />}
      <PreReadsPanel view={view} onView={onView} />
      <NotesPanel view={view} onView={onView} />
      <NextCheckIn view={view} onView={onView} />
    </div>
  );
}
