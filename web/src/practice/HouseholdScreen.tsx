import { useEffect, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
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
  const intl = useIntl();
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
      <h2 id="next-session-title">
        <FormattedMessage id="practice.NextSession.title" />
      </h2>
      <p>
        {household.nextSession ? (
          <FormattedMessage id="practice.NextSession.agreed" values={{ date: dateWords(household.nextSession, intl) }} />
        ) : (
          <FormattedMessage id="practice.NextSession.none" />
        )}
      </p>
      <div className="field">
        <label htmlFor="next-session-day">
          <FormattedMessage id="practice.NextSession.day" />
        </label>
        <input id="next-session-day" type="date" value={day} onChange={(e) => setDay(e.target.value)} />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy || day === (household.nextSession ?? '')}>
        <FormattedMessage id={day || !household.nextSession ? 'practice.NextSession.save' : 'practice.NextSession.clear'} />
      </button>
    </form>
  );
}

function CarriedLinks({ started }: { started: { session: SessionView; carriedSeats: SeatLink[] } }) {
  const intl = useIntl();
  const names = new Map(started.session.participants.map((p) => [p.seatId, p.name]));
  return (
    <section className="panel" aria-labelledby="carried-title" role="status">
      <h2 id="carried-title">
        <FormattedMessage id="practice.CarriedLinks.ready" values={{ title: <bdi>{started.session.title}</bdi> }} />
      </h2>
      {started.carriedSeats.length > 0 ? (
        <>
          <p>
            <FormattedMessage id="practice.CarriedLinks.seatsCame" />
          </p>
          {started.carriedSeats.map((s) => (
            <CopyField
              key={s.seatId}
              label={intl.formatMessage({ id: 'practice.CarriedLinks.seatLink' }, { name: names.get(s.seatId) ?? '' })}
              value={s.seatUrl}
              hint={intl.formatMessage({ id: 'practice.CarriedLinks.worksOnce' })}
            />
          ))}
        </>
      ) : (
        <p>
          <FormattedMessage id="practice.CarriedLinks.addPeople" />
        </p>
      )}
      <p>
        <Link href={pathFor.session(started.session.sessionId)} className="button primary">
          <FormattedMessage id="practice.CarriedLinks.open" />
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
      <h2 id="start-session-title">
        <FormattedMessage id={household.sessions.length === 0 ? 'practice.StartSession.first' : 'practice.StartSession.next'} />
      </h2>
      {household.sessions.length > 0 && (
        <p className="muted">
          <FormattedMessage id="practice.StartSession.seatsKept" />
        </p>
      )}
      <div className="field">
        <label htmlFor="session-title">
          <FormattedMessage id="practice.StartSession.titleLabel" />
        </label>
        <input id="session-title" type="text" value={title} maxLength={80} onChange={(e) => setTitle(e.target.value)} autoComplete="off" />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy || title.trim() === ''}>
        <FormattedMessage id="practice.StartSession.start" />
      </button>
    </form>
  );
}

function Closing({ household, onChanged }: { household: Household; onChanged: (h: Household) => void }) {
  const [confirming, setConfirming] = useState(false);
  const { run, busy, error } = useAction(formRefusal);
  return (
    <section className="panel" aria-labelledby="closing-title">
      <h2 id="closing-title">
        <FormattedMessage id="practice.Closing.title" />
      </h2>
      <p>
        <FormattedMessage id="practice.Closing.explain" />
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <p className="home-actions">
        <button type="button" disabled={busy} onClick={() => void run(async () => onChanged(await practiceApi.change(household.householdId, { archived: !household.archived })))}>
          <FormattedMessage id={household.archived ? 'practice.Closing.bringBack' : 'practice.Closing.archive'} />
        </button>
        {!confirming && (
          <button type="button" onClick={() => setConfirming(true)}>
            <FormattedMessage id="practice.Closing.delete" />
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
            <FormattedMessage id="practice.Closing.deleteForGood" values={{ name: <bdi>{household.name}</bdi> }} />
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            <FormattedMessage id="practice.Closing.keep" />
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
  const intl = useIntl();

  useEffect(() => {
    let alive = true;
    Promise.all([practiceApi.home(false), practiceApi.home(true)]).then(
      ([current, archived]) => {
        if (!alive) return;
        const found = [...current.households, ...archived.households].find((h) => h.householdId === id);
        if (found) setHousehold(found);
        else setError(intl.formatMessage({ id: 'practice.HouseholdScreen.notFoundOrDeleted' }));
      },
      (e) =>
        alive &&
        setError(e instanceof ApiError && e.status === 404 ? intl.formatMessage({ id: 'practice.HouseholdScreen.notFound' }) : friendlyError(e, intl)),
    );
    return () => {
      alive = false;
    };
  }, [id, started, intl]);

  if (!household) {
    return (
      <div className="screen">
        <Heading>{intl.formatMessage({ id: error ? 'practice.HouseholdScreen.couldNotOpen' : 'practice.HouseholdScreen.aHousehold' })}</Heading>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : (
          <p aria-live="polite">
            <FormattedMessage id="practice.HouseholdScreen.opening" />
          </p>
        )}
        <p>
          <Link href={pathFor.practice()}>
            <FormattedMessage id="practice.HouseholdScreen.back" />
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="screen">
      <p className="eyebrow">
        <FormattedMessage id="practice.HouseholdScreen.eyebrow" values={{ kind: household.kind }} />
      </p>
      <Heading>
        <bdi>{household.name}</bdi>
      </Heading>
      <p className="lead">
        <FormattedMessage id="practice.HouseholdScreen.waiting" values={{ waiting: waitingWords(intl, household) }} />
      </p>
      {started && <CarriedLinks started={started} />}
      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">
          <FormattedMessage id="practice.HouseholdScreen.sessionsTitle" />
        </h2>
        {household.sessions.length === 0 && (
          <p>
            <FormattedMessage id="practice.HouseholdScreen.noSession" />
          </p>
        )}
        <ol className="relationship-list">
          {household.sessions.map((s) => (
            <li key={s.sessionId} className="relationship-card">
              <Link href={pathFor.session(s.sessionId)} className="card-link">
                <span className="card-title" dir="auto">
                  {s.title}
                </span>
                <span className="card-meta">
                  <FormattedMessage
                    id="practice.HouseholdScreen.sessionMeta"
                    values={{ date: dateWords(s.openedAt.slice(0, 10), intl), checkIn: s.checkIn, begun: s.startedAt ? 'yes' : 'no' }}
                  />
                </span>
                <span className="badge">{waitingWords(intl, s)}</span>
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
        <Link href={pathFor.practice()}>
          <FormattedMessage id="practice.HouseholdScreen.back" />
        </Link>
      </p>
    </div>
  );
}
