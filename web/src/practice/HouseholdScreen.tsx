import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, friendlyError } from '../api';
import { Heading } from '../components/Heading';
import { CopyField } from '../components/CopyField';
import { Link } from '../components/Link';
import { navigate, pathFor } from '../router';
import type { SeatLink, SessionView } from '../sessions/types';
import { dateWords } from '../time/checkIn';
import { MovementPanel } from './MovementPanel';
import { waitingWords } from './PracticeLead';
import { practiceApi } from './practiceApi';
import type { Household } from './types';
import { formRefusal, useAction } from '../useAction';

function NextSession({ household, onChanged }: { household: Household; onChanged: (h: Household) => void }) {
  const [day, setDay] = useState(household.nextSession ?? '');
  const { run, busy, error } = useAction(formRefusal);
  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () =>
      onChanged(await practiceApi.change(household.householdId, day ? { nextSession: day } : { clearNextSession: true })),
    );
  }
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="next-session-title">
      <h2 id="next-session-title">The next agreed session</h2>
      <p>{household.nextSession ? `Agreed: ${dateWords(household.nextSession)}.` : 'No day agreed yet.'}</p>
      <div className="field">
        <label htmlFor="next-session-day">Day</label>
        <input id="next-session-day" type="date" value={day} onChange={(e) => setDay(e.target.value)} />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy || day === (household.nextSession ?? '')}>
        {day || !household.nextSession ? 'Save the day' : 'Clear the day'}
      </button>
    </form>
  );
}

function CarriedLinks({ started }: { started: { session: SessionView; carriedSeats: SeatLink[] } }) {
  const names = new Map(started.session.participants.map((p) => [p.seatId, p.name]));
  return (
    <section className="panel" aria-labelledby="carried-title" role="status">
      <h2 id="carried-title">{started.session.title} is ready</h2>
      {started.carriedSeats.length > 0 ? (
        <>
          <p>
            The seats came with it. Each person confirms again that they take part, with their own link (shown this once;
            you can make a new one on the session page):
          </p>
          {started.carriedSeats.map((s) => (
            <CopyField key={s.seatId} label={`${names.get(s.seatId) ?? ''}’s seat link`} value={s.seatUrl} hint="It works once, for this person only." />
          ))}
        </>
      ) : (
        <p>Add the people who come on the session page.</p>
      )}
      <p>
        <Link href={pathFor.session(started.session.sessionId)} className="button primary">
          Open the session
        </Link>
      </p>
    </section>
  );
}

function StartSession({ household, onStarted }: { household: Household; onStarted: (s: { session: SessionView; carriedSeats: SeatLink[] }) => void }) {
  const [title, setTitle] = useState('');
  const { run, busy, error } = useAction(formRefusal);
  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      onStarted(await practiceApi.startSession(household.householdId, title));
      setTitle('');
    });
  }
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="start-session-title">
      <h2 id="start-session-title">{household.sessions.length === 0 ? 'The first session' : 'The next session'}</h2>
      {household.sessions.length > 0 && (
        <p className="muted">The people who came last time keep their seats, and each confirms again that they take part.</p>
      )}
      <div className="field">
        <label htmlFor="session-title">Title</label>
        <input id="session-title" type="text" value={title} maxLength={80} onChange={(e) => setTitle(e.target.value)} autoComplete="off" />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy || title.trim() === ''}>
        Start the session
      </button>
    </form>
  );
}

function Closing({ household, onChanged }: { household: Household; onChanged: (h: Household) => void }) {
  const [confirming, setConfirming] = useState(false);
  const { run, busy, error } = useAction(formRefusal);
  return (
    <section className="panel" aria-labelledby="closing-title">
      <h2 id="closing-title">Closing this client</h2>
      <p>
        Archiving hides the household from your practice; nothing is deleted and you can bring it back. Deleting closes its
        sessions and removes your notes and the names you gave; the people keep their own reflections.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <p className="home-actions">
        <button type="button" disabled={busy} onClick={() => void run(async () => onChanged(await practiceApi.change(household.householdId, { archived: !household.archived })))}>
          {household.archived ? 'Bring back to the practice' : 'Archive'}
        </button>
        {!confirming && (
          <button type="button" onClick={() => setConfirming(true)}>
            Delete…
          </button>
        )}
      </p>
      {confirming && (
        <p className="home-actions">
          <button
            type="button"
            className="danger"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                await practiceApi.remove(household.householdId);
                navigate(pathFor.practice());
              })
            }
          >
            Delete {household.name} for good
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </p>
      )}
    </section>
  );
}

/** `/practice/{id}`: one household: its sessions over time, the next agreed day, the next session, archiving or deleting. */
export function HouseholdScreen({ id }: { id: string }) {
  const [household, setHousehold] = useState<Household | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [started, setStarted] = useState<{ session: SessionView; carriedSeats: SeatLink[] } | null>(null);

  useEffect(() => {
    let alive = true;
    Promise.all([practiceApi.home(false), practiceApi.home(true)]).then(
      ([current, archived]) => {
        if (!alive) return;
        const found = [...current.households, ...archived.households].find((h) => h.householdId === id);
        if (found) setHousehold(found);
        else setError('This household is not in your practice, or it has been deleted.');
      },
      (e) => alive && setError(e instanceof ApiError && e.status === 404 ? 'This household is not in your practice.' : friendlyError(e)),
    );
    return () => {
      alive = false;
    };
  }, [id, started]);

  if (!household) {
    return (
      <div className="screen">
        <Heading>{error ? 'We couldn’t open this household' : 'A household'}</Heading>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : (
          <p aria-live="polite">Opening the household…</p>
        )}
        <p>
          <Link href={pathFor.practice()}>Back to your practice</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="screen">
      <p className="eyebrow">{household.kind === 'couple' ? 'A couple' : 'A family'} · your practice</p>
      <Heading>{household.name}</Heading>
      <p className="lead">{waitingWords(household)}.</p>
      {started && <CarriedLinks started={started} />}
      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">Sessions over time</h2>
        {household.sessions.length === 0 && <p>No session yet.</p>}
        <ol className="relationship-list">
          {household.sessions.map((s) => (
            <li key={s.sessionId} className="relationship-card">
              <Link href={pathFor.session(s.sessionId)} className="card-link">
                <span className="card-title">{s.title}</span>
                <span className="card-meta">
                  Opened {dateWords(s.openedAt.slice(0, 10))}
                  {s.checkIn > 1 ? ` · check-in ${s.checkIn}` : ''}
                  {s.startedAt ? ' · begun' : ''}
                </span>
                <span className="badge">{waitingWords(s)}</span>
              </Link>
            </li>
          ))}
        </ol>
      </section>
      <MovementPanel householdId={household.householdId} sessions={household.sessions.length} />
      <StartSession household={household} onStarted={setStarted} />
      <NextSession household={household} onChanged={setHousehold} />
      <Closing household={household} onChanged={setHousehold} />
      <p>
        <Link href={pathFor.practice()}>Back to your practice</Link>
      </p>
    </div>
  );
}
