import { useEffect, useState, type FormEvent } from 'react';
import { friendlyError } from '../api';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { navigate, pathFor } from '../router';
import type { SessionKind } from '../sessions/types';
import { downloadFile } from '../time/download';
import { HouseholdCard } from './PracticeLead';
import { practiceApi } from './practiceApi';
import type { PracticeHome } from './types';
import { formRefusal, useAction } from '../useAction';

function AddHousehold({ onAdded }: { onAdded: () => void }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SessionKind>('couple');
  const { run, busy, error } = useAction(formRefusal);

  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      await practiceApi.addHousehold(name, kind);
      setName('');
      onAdded();
    });
  }

  return (
    <form className="panel" onSubmit={submit} aria-labelledby="add-household-title">
      <h2 id="add-household-title">Add a household</h2>
      <p className="muted">The name is for you alone: nobody in the household sees it.</p>
      <div className="field">
        <label htmlFor="household-name">Name, as you keep it</label>
        <input id="household-name" type="text" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      </div>
      <fieldset>
        <legend>Who comes</legend>
        <div className="choice-list">
          <label className="choice">
            <input type="radio" name="household-kind" checked={kind === 'couple'} onChange={() => setKind('couple')} />
            <span>
              <strong>A couple</strong>
            </span>
          </label>
          <label className="choice">
            <input type="radio" name="household-kind" checked={kind === 'family'} onChange={() => setKind('family')} />
            <span>
              <strong>A family</strong>
            </span>
          </label>
        </div>
      </fieldset>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy || name.trim() === ''}>
        Add the household
      </button>
    </form>
  );
}

/** `/practice`: a facilitator's clients, each with its sessions and what waits; archived ones on request; the export. */
export function PracticeScreen() {
  const [home, setHome] = useState<PracticeHome | null>(null);
  const [archived, setArchived] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const exporting = useAction(formRefusal);

  useEffect(() => {
    let alive = true;
    practiceApi.home(archived).then(
      (h) => alive && setHome(h),
      (e) => alive && setError(friendlyError(e)),
    );
    return () => {
      alive = false;
    };
  }, [archived, version]);

  async function stopLeading() {
    await practiceApi.setFacilitates(false).catch(() => undefined);
    navigate(pathFor.home());
  }

  return (
    <div className="screen">
      <Heading>Your practice</Heading>
      <p className="lead">
        Your clients, each with their sessions over time. What you write here is yours: the people you see never read the
        names you keep for them or your notes.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!home && !error && <p aria-live="polite">Opening your practice…</p>}
      {home && (
        <section aria-labelledby="households-title">
          <h2 id="households-title">{archived ? 'Archived households' : 'Households'}</h2>
          {home.households.length === 0 && <p>{archived ? 'No archived households.' : 'No households yet.'}</p>}
          <ul className="relationship-list">
            {home.households.map((h) => (
              <HouseholdCard key={h.householdId} household={h} />
            ))}
          </ul>
          <p>
            <button type="button" className="link-like" onClick={() => setArchived(!archived)}>
              {archived ? 'Back to current households' : 'Show archived households'}
            </button>
          </p>
        </section>
      )}
      {home && !archived && <AddHousehold onAdded={() => setVersion((v) => v + 1)} />}
      <section className="panel" aria-labelledby="records-title">
        <h2 id="records-title">Your records</h2>
        <p>Everything in your practice as one JSON file, for your own records: households, sessions, your notes, and what was opened.</p>
        {exporting.error && (
          <p className="form-error" role="alert">
            {exporting.error}
          </p>
        )}
        <button
          type="button"
          disabled={exporting.busy}
          onClick={() => void exporting.run(async () => downloadFile(await practiceApi.exportBlob(), 'practice.json'))}
        >
          Download the whole practice
        </button>
      </section>
      <p className="home-actions">
        <Link href={pathFor.journey()} className="button">
          Your three relationships
        </Link>
        <Link href={pathFor.home()}>Your home</Link>
      </p>
      <p>
        <button type="button" className="link-like" onClick={() => void stopLeading()}>
          Stop leading with my practice
        </button>
      </p>
    </div>
  );
}
