import { useEffect, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
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
      <h2 id="add-household-title">
        <FormattedMessage id="practice.AddHousehold.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="practice.AddHousehold.nameIsYours" />
      </p>
      <div className="field">
        <label htmlFor="household-name">
          <FormattedMessage id="practice.AddHousehold.name" />
        </label>
        <input id="household-name" type="text" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      </div>
      <fieldset>
        <legend>
          <FormattedMessage id="practice.AddHousehold.whoComes" />
        </legend>
        <div className="choice-list">
          <label className="choice">
            <input type="radio" name="household-kind" checked={kind === 'couple'} onChange={() => setKind('couple')} />
            <span>
              <strong>
                <FormattedMessage id="practice.kind.couple" />
              </strong>
            </span>
          </label>
          <label className="choice">
            <input type="radio" name="household-kind" checked={kind === 'family'} onChange={() => setKind('family')} />
            <span>
              <strong>
                <FormattedMessage id="practice.kind.family" />
              </strong>
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
        <FormattedMessage id="practice.AddHousehold.add" />
      </button>
    </form>
  );
}

/** `/practice`: a facilitator's clients, each with its sessions and what waits; archived ones on request; the export. */
export function PracticeScreen() {
  const [home, setHome] = useState<PracticeHome | null>(null);
  const [archived, setArchived] = useState(false);
  // What went wrong, worded at render so the words follow the reader's language.
  const [failure, setFailure] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  const exporting = useAction(formRefusal);
  const intl = useIntl();
  const error = failure == null ? null : friendlyError(failure, intl);

  useEffect(() => {
    let alive = true;
    practiceApi.home(archived).then(
      (h) => alive && setHome(h),
      (e) => alive && setFailure(e),
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
      <Heading>{intl.formatMessage({ id: 'practice.PracticeScreen.title' })}</Heading>
      <p className="lead">
        <FormattedMessage id="practice.PracticeScreen.lead" />
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!home && !error && (
        <p aria-live="polite">
          <FormattedMessage id="practice.PracticeScreen.opening" />
        </p>
      )}
      {home && (
        <section aria-labelledby="households-title">
          <h2 id="households-title">
            <FormattedMessage id={archived ? 'practice.PracticeScreen.archivedTitle' : 'practice.PracticeScreen.householdsTitle'} />
          </h2>
          {home.households.length === 0 && (
            <p>
              <FormattedMessage id={archived ? 'practice.PracticeScreen.noArchived' : 'practice.PracticeScreen.noHouseholds'} />
            </p>
          )}
          <ul className="relationship-list">
            {home.households.map((h) => (
              <HouseholdCard key={h.householdId} household={h} />
            ))}
          </ul>
          <p>
            <button type="button" className="link-like" onClick={() => setArchived(!archived)}>
              <FormattedMessage id={archived ? 'practice.PracticeScreen.showCurrent' : 'practice.PracticeScreen.showArchived'} />
            </button>
          </p>
        </section>
      )}
      {home && !archived && <AddHousehold onAdded={() => setVersion((v) => v + 1)} />}
      <section className="panel" aria-labelledby="records-title">
        <h2 id="records-title">
          <FormattedMessage id="practice.PracticeScreen.recordsTitle" />
        </h2>
        <p>
          <FormattedMessage id="practice.PracticeScreen.records" />
        </p>
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
          <FormattedMessage id="practice.PracticeScreen.download" />
        </button>
      </section>
      <p className="home-actions">
        <Link href={pathFor.journey()} className="button">
          <FormattedMessage id="practice.PracticeScreen.yourRelationships" />
        </Link>
        <Link href={pathFor.home()}>
          <FormattedMessage id="practice.PracticeScreen.yourHome" />
        </Link>
      </p>
      <p>
        <button type="button" className="link-like" onClick={() => void stopLeading()}>
          <FormattedMessage id="practice.PracticeScreen.stopLeading" />
        </button>
      </p>
    </div>
  );
}
