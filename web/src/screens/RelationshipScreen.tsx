import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError, friendlyError } from '../api';
import { ConnectionStatus } from '../components/ConnectionStatus';
import { Heading } from '../components/Heading';
import { InvitePanel } from '../components/InvitePanel';
import { Link } from '../components/Link';
import { live } from '../hub';
import { rememberedInvite } from '../invites';
import { applyRevealed, applyStatusChanged, preferView, type Applied } from '../liveView';
import { KIND_WORDS } from '../method';
import { pathFor } from '../router';
import type { RelationshipView } from '../types';
import { Rating } from './Rating';
import { Reveal, RevealBody } from './Reveal';
import { Waiting } from './Waiting';

/** Loads one relationship, keeps it live through the hub, and shows rating, waiting or the reveal. */
export function RelationshipScreen({ id }: { id: string }) {
  const [view, setViewState] = useState<RelationshipView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const viewRef = useRef<RelationshipView | null>(null);

  const setView = useCallback((incoming: RelationshipView) => {
    const next = preferView(viewRef.current, incoming);
    viewRef.current = next;
    setViewState(next);
  }, []);

  const refetch = useCallback(() => {
    api.relationship(id).then(setView, (e) => {
      if (!viewRef.current) setError(friendlyError(e));
    });
  }, [id, setView]);

  useEffect(() => {
    refetch();
    const apply = (result: Applied<RelationshipView>) => {
      if (result.kind === 'updated') setView(result.value);
      else if (result.kind === 'refetch') refetch();
    };
    return live.watch(id, {
      onView: setView,
      onStatusChanged: (e) => viewRef.current && apply(applyStatusChanged(viewRef.current, e)),
      onRevealed: (e) => (viewRef.current ? apply(applyRevealed(viewRef.current, e)) : refetch()),
      onError: (e) => {
        // A hub refusal means "not yours"; the HTTP call says so in words. Connection errors retry by themselves.
        if (!viewRef.current && !(e instanceof ApiError)) refetch();
      },
    });
  }, [id, refetch, setView]);

  if (error && !view) {
    return (
      <div className="screen">
        <Heading>We couldn’t open this audit</Heading>
        <p className="form-error" role="alert">
          {error}
        </p>
        <p>
          <Link href={pathFor.home()}>Back to your audits</Link>
        </p>
      </div>
    );
  }
  if (!view) {
    return (
      <div className="screen">
        <p aria-live="polite">Opening…</p>
      </div>
    );
  }

  const partnerName = view.partner?.displayName;
  const invite = view.partner ? null : rememberedInvite(view.relationshipId);
  const earlier = view.history.filter((h) => h.number !== view.round.number || !view.round.revealed);

  let content;
  if (view.round.revealed && view.round.reveal) content = <Reveal view={view} onView={setView} />;
  else if (view.round.myStatus === 'submitted') content = <Waiting view={view} />;
  else
    content = (
      <>
        <Heading>
          Your side{view.round.number > 1 ? `, round ${view.round.number}` : ''}
        </Heading>
        <Rating key={`${view.relationshipId}-${view.round.number}`} view={view} onView={setView} />
      </>
    );

  return (
    <div className="screen relationship" data-round={view.round.number}>
      <div className="relationship-header">
        <p className="eyebrow">
          {KIND_WORDS[view.kind]}
          {partnerName ? ` · with ${partnerName}` : ''}
          {view.label && view.label !== partnerName ? ` · ${view.label}` : ''}
        </p>
        <ConnectionStatus />
      </div>
      {content}
      {invite && (
        <details className="panel invite-again">
          <summary>The invite link, to send again</summary>
          <InvitePanel url={invite.url} partnerName={invite.partnerName} />
        </details>
      )}
      {!view.round.revealed && earlier.length > 0 && (
        <section className="panel" aria-labelledby="earlier-title">
          <h2 id="earlier-title">Earlier rounds</h2>
          {earlier.map((h) => (
            <details key={h.number}>
              <summary>Round {h.number}</summary>
              <RevealBody mine={h.mine} theirs={h.theirs} partnerName={partnerName ?? 'Them'} level={3} />
            </details>
          ))}
        </section>
      )}
    </div>
  );
}
