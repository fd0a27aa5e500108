import { useCallback, useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { api, ApiError, friendlyError } from '../api';
import { ConnectionStatus } from '../components/ConnectionStatus';
import { Heading } from '../components/Heading';
import { HowItOpens } from '../relationship/HowItOpens';
import { InviteButton } from '../relationship/InviteButton';
import { InvitePanel } from '../relationship/InvitePanel';
import { Link } from '../components/Link';
import { RelationshipControls } from '../relationship/RelationshipControls';
import { PartnerLeft } from '../relationship/PartnerLeft';
import { RoundHistory } from '../relationship/RoundHistory';
import { LastTime } from '../relationship/Traces';
import { earlierRounds } from '../relationship/history';
import { live } from '../hub';
import { rememberedInvite, rememberInvite } from '../relationship/invites';
import { forgetRelationship } from '../localState';
import { applyRevealed, applyRevealPolicyChanged, applyStatusChanged, isSealed, preferView, withTraces, type Applied } from '../relationship/liveView';
import { useMethodWords } from '../method';
import { useOtherName } from '../relationship/otherName';
import { pathFor } from '../router';
import { NextCheckInPanel } from '../time/NextCheckInPanel';
import { TimeSection } from '../time/TimeSection';
import type { RelationshipView } from '../types';
import { Rating } from './Rating';
import { Reveal } from './Reveal';
import { SoloResult } from './SoloResult';
import { Waiting } from './Waiting';
import '../relationship/relationship.css';

const showsSharedReveal = (v: RelationshipView): boolean =>
  v.round.revealed && !!v.round.reveal?.theirs && v.round.solo !== true && v.partner?.left !== true;

/** Loads one relationship, keeps it live through the hub, and shows rating, waiting, the reveal or a solo result. */
export function RelationshipScreen({ id }: { id: string }) {
  const intl = useIntl();
  const { checkInName, KIND_WORDS } = useMethodWords();
  const [view, setViewState] = useState<RelationshipView | null>(null);
  // What went wrong, worded when shown (in the language of that moment).
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [freshInvite, setFreshInvite] = useState<string | null>(null);
  // The relationship is no longer this person's (they were removed, or left it elsewhere).
  const [gone, setGone] = useState(false);
  const viewRef = useRef<RelationshipView | null>(null);
  // An open reveal stays on this screen until this person moves on, though the other person started the next check-in.
  const [held, setHeld] = useState<RelationshipView | null>(null);
  const movingOn = useRef(false);
  const partnerName = useOtherName(view);

  const setView = useCallback((incoming: RelationshipView) => {
    const prev = viewRef.current;
    const next = preferView(prev, incoming);
    if (prev && showsSharedReveal(prev) && next.round.number > prev.round.number && !movingOn.current) setHeld((h) => h ?? prev);
    movingOn.current = false;
    viewRef.current = next;
    setViewState(next);
  }, []);

  const refetch = useCallback(() => {
    api.relationship(id).then(setView, (e) => {
      if (e instanceof ApiError && e.status === 404 && viewRef.current) {
        forgetRelationship(id);
        setGone(true);
      } else if (!viewRef.current) setFailure({ error: e });
    });
  }, [id, setView]);

  // Thanks and small things, from this person's own save or the other's (TracesChanged): into the open reveal, held or not.
  const applyTraces = useCallback((t: { roundNumber: number; appreciations: Record<string, string>; smallThings: Record<string, string> }) => {
    if (viewRef.current) {
      viewRef.current = withTraces(viewRef.current, t);
      setViewState(viewRef.current);
    }
    setHeld((h) => h && withTraces(h, t));
  }, []);

  useEffect(() => {
    refetch();
    const apply = (result: Applied<RelationshipView>) => {
      if (result.kind === 'updated') setView(result.value);
      else if (result.kind === 'refetch') refetch();
    };
    return live.watch(id, {
      onView: setView,
      onStatusChanged: (e) => (viewRef.current ? apply(applyStatusChanged(viewRef.current, e)) : refetch()),
      onRevealed: (e) => (viewRef.current ? apply(applyRevealed(viewRef.current, e)) : refetch()),
      onRevealPolicyChanged: (e) => (viewRef.current ? apply(applyRevealPolicyChanged(viewRef.current, e)) : refetch()),
      onPartnerLeft: () => refetch(),
      onNextCheckInChanged: (e) => viewRef.current && setView({ ...viewRef.current, nextCheckIn: e.nextCheckIn }),
      onTracesChanged: (e) => applyTraces(e),
      onError: (e) => {
        // A hub refusal means "not yours" (perhaps not any more): the HTTP call says so in words.
        if (!(e instanceof ApiError)) refetch();
      },
    });
  }, [id, refetch, setView, applyTraces]);

  const invited = useCallback(
    (url: string) => {
      rememberInvite(id, { url, partnerName });
      setFreshInvite(url);
      refetch(); // a finished solo round is followed by a new, shared one
    },
    [id, partnerName, refetch],
  );

  // Pressed "invite" where the invite was already made: show the link this device kept, and the view that follows it.
  const alreadyInvited = useCallback(() => {
    const kept = rememberedInvite(id)?.url;
    if (kept) setFreshInvite(kept);
    refetch();
  }, [id, refetch]);

  if (gone) {
    return (
      <div className="screen">
        <Heading>
          <FormattedMessage id="screens.RelationshipScreen.goneTitle" />
        </Heading>
        <p>
          <FormattedMessage id="screens.RelationshipScreen.goneLead" />
        </p>
        <p>
          <Link href={pathFor.home()}>
            <FormattedMessage id="screens.RelationshipScreen.back" />
          </Link>
        </p>
      </div>
    );
  }
  if (failure && !view) {
    return (
      <div className="screen">
        <Heading>
          <FormattedMessage id="screens.RelationshipScreen.failedTitle" />
        </Heading>
        <p className="form-error" role="alert">
          {friendlyError(failure.error, intl)}
        </p>
        <p>
          <Link href={pathFor.home()}>
            <FormattedMessage id="screens.RelationshipScreen.back" />
          </Link>
        </p>
      </div>
    );
  }
  if (!view) {
    return (
      <div className="screen">
        <p aria-live="polite">
          <FormattedMessage id="screens.RelationshipScreen.opening" />
        </p>
      </div>
    );
  }

  const { round } = view;
  const soloRound = round.solo === true;
  const invite = view.partner || view.solo || view.invitePending === false ? null : (freshInvite ?? rememberedInvite(id)?.url ?? null);
  const left = view.partner?.left === true;

  let content;
  if (left) content = <PartnerLeft view={view} partnerName={partnerName} />;
  else if (round.revealed && round.reveal && (soloRound || !round.reveal.theirs))
    content = <SoloResult view={view} partnerName={partnerName} onView={setView} onInvited={invited} onAlreadyInvited={alreadyInvited} />;
  else if (held && !soloRound) content = (
      <Reveal view={held} partnerName={partnerName} onView={setView} onMoveOn={() => setHeld(null)} onTraces={(t) => applyTraces({ ...t, roundNumber: t.number })} />
    );
  else if (round.revealed && round.reveal)
    content = (
      <Reveal
        view={view}
        partnerName={partnerName}
        onView={setView}
        onStartNext={() => (movingOn.current = true)}
        onTraces={(t) => applyTraces({ ...t, roundNumber: t.number })}
      />
    );
  else if (isSealed(round.myStatus)) content = <Waiting view={view} partnerName={partnerName} onView={setView} />;
  else
    content = (
      <>
        <Heading>
          <FormattedMessage id="screens.RelationshipScreen.ratingTitle" values={{ solo: soloRound ? 'yes' : 'no', later: round.number > 1 ? 'yes' : 'no', checkIn: checkInName(round.number) }} />
        </Heading>
        <LastTime view={view} partnerName={partnerName} />
        <Rating key={`${view.relationshipId}-${soloRound ? 'solo' : 'shared'}-${round.number}`} view={view} partnerName={partnerName} onView={setView} />
        {!soloRound && <HowItOpens view={view} partnerName={partnerName} onView={setView} />}
      </>
    );

  return (
    <div className="screen relationship" data-round={(held ?? view).round.number}>
      <div className="relationship-header">
        <p className="eyebrow">
          <FormattedMessage id="screens.RelationshipScreen.eyebrow" values={{ 
              kind: KIND_WORDS[view.kind],
              with: left ? 'left' : view.partner ? 'joined' : view.solo ? 'solo' : 'invited',
              leftName: <bdi>{partnerName}</bdi>,
              name: <bdi>{partnerName}</bdi>,
              labelled: view.label && view.label !== partnerName ? 'yes' : 'no',
              label: <bdi>{view.label}</bdi>,
             }} />
        </p>
        <ConnectionStatus />
      </div>
      {invite && freshInvite && <InvitePanel url={invite} partnerName={partnerName} />}
      {content}
      {invite && !freshInvite && (
        <details className="panel invite-again">
          <summary>
            <FormattedMessage id="screens.RelationshipScreen.inviteAgain" />
          </summary>
          <InvitePanel url={invite} partnerName={partnerName} />
        </details>
      )}
      {!invite && view.invitePending && (
        <section className="panel" aria-labelledby="new-invite-title">
          <h2 id="new-invite-title">
            <FormattedMessage id="screens.RelationshipScreen.inviteTitle" />
          </h2>
          <p>
            <FormattedMessage id="screens.RelationshipScreen.inviteLost" values={{ name: <bdi>{partnerName}</bdi> }} />
          </p>
          <InviteButton relationshipId={id} label={intl.formatMessage({ id: 'screens.RelationshipScreen.newInvite' })} replace onInvited={invited} />
        </section>
      )}
      {!left && (round.revealed || view.nextCheckIn) && <NextCheckInPanel view={view} partnerName={partnerName} onView={setView} />}
      {!round.revealed && !left && !held && <RoundHistory entries={earlierRounds(view)} partnerName={partnerName} />}
      {!left && <TimeSection view={view} partnerName={partnerName} />}
      <RelationshipControls
        view={view}
        partnerName={partnerName}
        hasInviteLink={!!invite || !!view.invitePending}
        rating={!left && !held && !round.revealed && !isSealed(round.myStatus)}
        onView={setView}
        onInvited={invited}
        refetch={refetch}
      />
    </div>
  );
}
