import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { Link } from '../components/Link';
import { navigate, pathFor } from '../router';
import { dateWords } from '../time/checkIn';
import { practiceApi } from './practiceApi';
import type { Household, PracticeHome } from './types';

/** What waits in a household, in plain words: seats not taken yet, pairs ready to open. */
export function waitingWords(intl: IntlShape, h: { seatsWaiting: number; pairsReady: number }): string {
  const values = { seats: h.seatsWaiting, pairs: h.pairsReady };
  if (h.seatsWaiting > 0 && h.pairsReady > 0) return intl.formatMessage({ id: 'practice.waiting.seatsAndPairs' }, values);
  if (h.seatsWaiting > 0) return intl.formatMessage({ id: 'practice.waiting.seats' }, values);
  if (h.pairsReady > 0) return intl.formatMessage({ id: 'practice.waiting.pairs' }, values);
  return intl.formatMessage({ id: 'practice.waiting.nothing' });
}

export function HouseholdCard({ household }: { household: Household }) {
  const intl = useIntl();
  const latest = household.sessions[household.sessions.length - 1];
  const meta = { kind: household.kind, count: household.sessions.length };
  return (
    <li className="relationship-card">
      <Link href={pathFor.household(household.householdId)} className="card-link">
        <span className="card-title" dir="auto">
          {household.name}
        </span>
        <span className="card-meta">
          {latest ? (
            <FormattedMessage id="practice.HouseholdCard.metaLatest" values={{ ...meta, title: <bdi>{latest.title}</bdi> }} />
          ) : (
            <FormattedMessage id="practice.HouseholdCard.meta" values={meta} />
          )}
        </span>
        <span className="badge" data-standing={household.seatsWaiting + household.pairsReady > 0 ? 'waiting' : undefined}>
          {waitingWords(intl, household)}
        </span>
        {household.nextSession && (
          <span className="card-meta">
            <FormattedMessage id="practice.HouseholdCard.nextSession" values={{ date: dateWords(household.nextSession, intl) }} />
          </span>
        )}
      </Link>
    </li>
  );
}

function usePractice(): PracticeHome | null {
  const [practice, setPractice] = useState<PracticeHome | null>(null);
  useEffect(() => {
    let alive = true;
    practiceApi.home().then(
      (p) => alive && setPractice(p),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, []);
  return practice;
}

/** On the home of someone who facilitates: their clients first; their own relationships follow below. */
export function PracticeLead() {
  const practice = usePractice();
  if (!practice?.facilitates) return null;
  return (
    <section className="panel" aria-labelledby="practice-lead-title">
      <h2 id="practice-lead-title">
        <FormattedMessage id="practice.PracticeLead.title" />
      </h2>
      {practice.households.length === 0 ? (
        <p>
          <FormattedMessage id="practice.PracticeLead.none" />
        </p>
      ) : (
        <ul className="relationship-list">
          {practice.households.map((h) => (
            <HouseholdCard key={h.householdId} household={h} />
          ))}
        </ul>
      )}
      <p>
        <Link href={pathFor.practice()} className="button primary">
          <FormattedMessage id="practice.PracticeLead.open" />
        </Link>
      </p>
    </section>
  );
}

/** For everyone else, one quiet line: a counsellor can say they facilitate, and their home then leads with their clients. */
export function FacilitateOffer() {
  const practice = usePractice();
  if (!practice || practice.facilitates) return null;
  async function facilitate() {
    await practiceApi.setFacilitates(true).catch(() => undefined);
    navigate(pathFor.practice());
  }
  return (
    <p>
      <button type="button" className="link-like" onClick={() => void facilitate()}>
        <FormattedMessage id="practice.FacilitateOffer.offer" />
      </button>
    </p>
  );
}
