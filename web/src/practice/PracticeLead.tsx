import { useEffect, useState } from 'react';
import { Link } from '../components/Link';
import { navigate, pathFor } from '../router';
import { dateWords } from '../time/checkIn';
import { practiceApi } from './practiceApi';
import type { Household, PracticeHome } from './types';

/** What waits in a household, in plain words: seats not taken yet, pairs ready to open. */
export function waitingWords(h: { seatsWaiting: number; pairsReady: number }): string {
  const parts: string[] = [];
  if (h.seatsWaiting > 0) parts.push(h.seatsWaiting === 1 ? 'a seat not taken yet' : `${h.seatsWaiting} seats not taken yet`);
  if (h.pairsReady > 0) parts.push(h.pairsReady === 1 ? 'a pair ready to open' : `${h.pairsReady} pairs ready to open`);
  return parts.length ? `Waiting: ${parts.join(', ')}` : 'Nothing waiting';
}

export function HouseholdCard({ household }: { household: Household }) {
  const latest = household.sessions[household.sessions.length - 1];
  return (
    <li className="relationship-card">
      <Link href={pathFor.household(household.householdId)} className="card-link">
        <span className="card-title">{household.name}</span>
        <span className="card-meta">
          {household.kind === 'couple' ? 'A couple' : 'A family'} ·{' '}
          {household.sessions.length === 0
            ? 'no session yet'
            : household.sessions.length === 1
              ? 'one session'
              : `${household.sessions.length} sessions`}
          {latest ? ` · latest: ${latest.title}` : ''}
        </span>
        <span className="badge" data-standing={household.seatsWaiting + household.pairsReady > 0 ? 'waiting' : undefined}>
          {waitingWords(household)}
        </span>
        {household.nextSession && <span className="card-meta">Next session: {dateWords(household.nextSession)}</span>}
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
      <h2 id="practice-lead-title">Your clients</h2>
      {practice.households.length === 0 ? (
        <p>No households yet. Add the first on your practice page.</p>
      ) : (
        <ul className="relationship-list">
          {practice.households.map((h) => (
            <HouseholdCard key={h.householdId} household={h} />
          ))}
        </ul>
      )}
      <p>
        <Link href={pathFor.practice()} className="button primary">
          Your practice
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
        I run sessions with couples or families: lead with my practice
      </button>
    </p>
  );
}
