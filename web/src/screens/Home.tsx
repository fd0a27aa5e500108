import { useEffect, useState } from 'react';
import { api, friendlyError } from '../api';
import { ConnectionStatus } from '../components/ConnectionStatus';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { live } from '../hub';
import { applyStatusToSummary, summaryFromView } from '../liveView';
import { KIND_WORDS } from '../method';
import { pathFor } from '../router';
import { summaryStanding } from '../status';
import type { Me, RelationshipSummary } from '../types';

export function Home() {
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    api.me().then(
      (m) => alive && setMe(m),
      (e) => alive && setError(friendlyError(e)),
    );
    return () => {
      alive = false;
    };
  }, []);

  // Each relationship is watched, so "your turn" turns into "ready to talk" without a reload.
  const ids = me?.relationships.map((r) => r.relationshipId).join(',') ?? '';
  useEffect(() => {
    if (!me) return;
    const myId = me.personId;
    const update = (id: string, fn: (s: RelationshipSummary) => RelationshipSummary) =>
      setMe((m) => m && { ...m, relationships: m.relationships.map((r) => (r.relationshipId === id ? fn(r) : r)) });
    const stops = me.relationships.map((r) =>
      live.watch(r.relationshipId, {
        onView: (v) =>
          update(v.relationshipId, (s) => ({ ...summaryFromView(v), partnerName: v.partner?.displayName ?? s.partnerName })),
        onStatusChanged: (e) => update(e.relationshipId, (s) => applyStatusToSummary(s, myId, e)),
        onRevealed: (e) =>
          update(e.relationshipId, (s) => (e.roundNumber === s.roundNumber ? { ...s, revealed: true, myStatus: 'submitted', partnerStatus: 'submitted' } : s)),
      }),
    );
    return () => stops.forEach((stop) => stop());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ids, me?.personId]);

  return (
    <div className="screen">
      <Heading>{me ? `Hello, ${me.displayName}` : 'Your audits'}</Heading>
      {me && me.relationships.length > 0 && <ConnectionStatus />}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!me && !error && <p aria-live="polite">Loading your audits…</p>}
      {me && me.relationships.length === 0 && (
        <div className="panel">
          <h2>Nothing here yet</h2>
          <p>
            An audit is a quiet look at one relationship: a partner, a close friend, a family member. You each answer
            privately, then see both answers together.
          </p>
        </div>
      )}
      {me && me.relationships.length > 0 && (
        <section aria-labelledby="list-title">
          <h2 id="list-title">Your relationships</h2>
          <ul className="relationship-list">
            {me.relationships.map((r) => {
              const s = summaryStanding(r);
              return (
                <li key={r.relationshipId} className={`relationship-card standing-${s.standing}`}>
                  <Link href={pathFor.relationship(r.relationshipId)} className="card-link">
                    <span className="card-title">{r.label || r.partnerName || KIND_WORDS[r.kind]}</span>
                    <span className="card-meta">
                      {KIND_WORDS[r.kind]}
                      {r.partnerName ? ` · with ${r.partnerName}` : ''}
                      {r.roundNumber > 1 ? ` · round ${r.roundNumber}` : ''}
                    </span>
                    <span className="badge" data-standing={s.standing}>
                      {s.text}
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {me && (
        <p>
          <Link href={pathFor.newAudit()} className="button primary">
            Start a new audit
          </Link>
        </p>
      )}
    </div>
  );
}
