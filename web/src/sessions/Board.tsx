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
  const { run, busy, error: problem } = useAction(conflictDetail);
  const why = whyNotNextCheckIn(view);

  async function start() {
    await run(async () => onView(await sessionApi.nextCheckIn(view.sessionId)));
  }

  return (
    <section className="panel" aria-labelledby="check-in-title">
      <h2 id="check-in-title">Check-in {view.checkIn}</h2>
      <p>
        When {view.kind === 'couple' ? 'the couple comes' : 'the family comes'} back, for example in a month, a new
        check-in gives every pair a fresh round (except those you left out), so you can all see what has changed.
        Earlier check-ins stay in the report, each with its own notes.
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
        Start the next check-in
      </button>
    </section>
  );
}

/** The facilitator's board: the people and their seats, the pairs live, notes, check-ins, and where to show and print. */
export function Board({ view, onView, refetch }: { view: SessionView; onView: (v: SessionView) => void; refetch: () => void }) {
  const seated = view.participants.length >= 2 && view.participants.every((p) => p.claimed);
  return (
    <div className="screen session-board">
      <div className="relationship-header">
        <p className="eyebrow">
          {view.kind === 'couple' ? 'A couple session' : 'A family session'} · check-in {view.checkIn}
        </p>
        <ConnectionStatus />
      </div>
      <Heading>{view.title}</Heading>
      <p className="lead">
        You facilitate this session. Before you open a pair you see only who has started and who has finished, unless
        someone shares a pre-read with you. After, you
        see both perspectives, never what anyone keeps “only for me”. You cannot rate or change anyone’s answers.
      </p>
      <nav className="panel session-links" aria-label="This session">
        <Link href={pathFor.present(view.sessionId)} className="button">
          Shared screen
        </Link>
        <Link href={pathFor.report(view.sessionId)} className="button">
          Report
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
