import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { api, friendlyError } from '../api';
import { ConnectionStatus } from '../components/ConnectionStatus';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { live } from '../hub';
import { applyRevealPolicyChanged, applyStatusToSummary, summaryFromView, type Applied } from '../relationship/liveView';
import { useMethodWords } from '../method';
import { pathFor } from '../router';
import { FacilitateOffer, PracticeLead } from '../practice/PracticeLead';
import { SessionsOnHome } from '../sessions/SessionsOnHome';
import { summaryStanding, withWhom } from '../status';
import { dateWords } from '../time/checkIn';
import type { Me, RelationshipSummary, RelationshipView } from '../types';

export function Home() {
  const intl = useIntl();
  const { checkInName, KIND_WORDS } = useMethodWords();
  const [me, setMe] = useState<Me | null>(null);
  // What went wrong, worded when shown (in the language of that moment).
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const error = failure && friendlyError(failure.error, intl);
  const meRef = useRef<Me | null>(null);
  useLayoutEffect(() => {
    meRef.current = me;
  });

  useEffect(() => {
    let alive = true;
    api.me().then(
      (m) => alive && setMe(m),
      (e) => alive && setFailure({ error: e }),
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
    const fromView = (v: RelationshipView) =>
      update(v.relationshipId, (s) => ({ ...summaryFromView(v), partnerName: v.partner?.displayName ?? s.partnerName }));
    const refetch = (id: string) => void api.relationship(id).then(fromView, () => undefined);
    // Applied outside setMe's updater, so that a "fetch again" runs once, not once per render.
    const apply = (id: string, fn: (s: RelationshipSummary) => Applied<RelationshipSummary>) => {
      const current = meRef.current?.relationships.find((r) => r.relationshipId === id);
      if (!current) return;
      const result = fn(current);
      if (result.kind === 'updated') update(id, () => result.value);
      else if (result.kind === 'refetch') refetch(id);
    };
    const stops = me.relationships.map((r) =>
      live.watch(r.relationshipId, {
        onView: fromView,
        onStatusChanged: (e) => apply(e.relationshipId, (s) => applyStatusToSummary(s, myId, e)),
        onRevealed: (e) => refetch(e.relationshipId),
        onRevealPolicyChanged: (e) => apply(e.relationshipId, (s) => applyRevealPolicyChanged(s, e)),
        onPartnerLeft: (e) => refetch(e.relationshipId),
        onNextCheckInChanged: (e) => update(e.relationshipId, (s) => ({ ...s, nextCheckIn: e.nextCheckIn })),
      }),
    );
    return () => stops.forEach((stop) => stop());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ids, me?.personId]);

  const none = me !== null && me.relationships.length === 0;
  return (
    <div className="screen">
      <Heading>{me ? <FormattedMessage id="screens.Home.hello" values={{ name: <bdi>{me.displayName}</bdi> }} /> : <FormattedMessage id="screens.Home.title" />}</Heading>
      {me && !none && <ConnectionStatus />}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!me && !error && (
        <p aria-live="polite">
          <FormattedMessage id="screens.Home.loading" />
        </p>
      )}
      {me && <PracticeLead />}
      {none && (
        <section className="panel" aria-labelledby="begin-title">
          <h2 id="begin-title">
            <FormattedMessage id="screens.Home.beginTitle" />
          </h2>
          <p>
            <FormattedMessage id="screens.Home.beginLead" />
          </p>
          <p>
            <Link href={pathFor.journey()} className="button primary">
              <FormattedMessage id="screens.Home.begin" />
            </Link>
          </p>
        </section>
      )}
      {me && !none && (
        <section aria-labelledby="list-title">
          <h2 id="list-title">
            <FormattedMessage id="screens.Home.listTitle" />
          </h2>
          <ul className="relationship-list">
            {me.relationships.map((r) => {
              const s = summaryStanding(intl, r);
              const whom = withWhom(intl, r);
              return (
                <li key={r.relationshipId} className={`relationship-card standing-${s.standing}`}>
                  <Link href={pathFor.relationship(r.relationshipId)} className="card-link">
                    <span className="card-title">{r.label || r.partnerName || KIND_WORDS[r.kind]}</span>
                    <span className="card-meta">
                      <FormattedMessage
                        id="screens.Home.cardMeta"
                        values={{
                          kind: KIND_WORDS[r.kind],
                          whom,
                          hasWhom: whom ? 'yes' : 'no',
                          checkIn: r.roundNumber > 1 ? checkInName(r.roundNumber) : '',
                          hasCheckIn: r.roundNumber > 1 ? 'yes' : 'no',
                        }}
                      />
                    </span>
                    <span className="badge" data-standing={s.standing}>
                      {s.text}
                    </span>
                    {r.nextCheckIn && (
                      <span className="card-meta next-check-in-date">
                        <FormattedMessage id="screens.Home.nextCheckIn" values={{ agreed: r.nextCheckIn.agreed ? 'yes' : 'no', date: dateWords(r.nextCheckIn.date, intl) }} />
                      </span>
                    )}
                  </Link>
                </li>
              );
            })}
          </ul>
          <p className="home-actions">
            <Link href={pathFor.reading()} className="button primary">
              <FormattedMessage id="screens.Home.readTogether" />
            </Link>
            <Link href={pathFor.journey()} className="button">
              <FormattedMessage id="screens.Home.journey" />
            </Link>
          </p>
        </section>
      )}
      {me && <SessionsOnHome sessions={me.sessions ?? []} />}
      {me && <FacilitateOffer />}
      {me && (
        <p>
          <Link href={pathFor.newRelationship()} className={none ? 'link-like' : 'button'}>
            {none ? <FormattedMessage id="screens.Home.oneOnItsOwn" /> : <FormattedMessage id="screens.Home.addAnother" />}
          </Link>
        </p>
      )}
      {me && (
        <p>
          <Link href={pathFor.yourData()}>
            <FormattedMessage id="screens.Home.yourData" />
          </Link>
        </p>
      )}
    </div>
  );
}
