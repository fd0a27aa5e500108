import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Heading } from '../components/Heading';
import { InviteButton } from '../relationship/InviteButton';
import { Link } from '../components/Link';
import { NextRound } from '../relationship/NextRound';
import { PerspectiveList } from '../relationship/PerspectiveList';
import { RoundHistory } from '../relationship/RoundHistory';
import { ScaleLines, scaleRows } from '../relationship/ScaleLines';
import { earlierRounds } from '../relationship/history';
import { useMethodWords } from '../method';
import { pathFor } from '../router';
import type { RelationshipView } from '../types';

/** A solo round, finished: the person's own perspective is the round's result. */
export function SoloResult({
  view,
  partnerName,
  onView,
  onInvited,
  onAlreadyInvited,
}: {
  view: RelationshipView;
  partnerName: string;
  onView: (v: RelationshipView) => void;
  onInvited: (url: string) => void;
  /** An invite was already made (in another tab, say): show it rather than make a second code. */
  onAlreadyInvited: () => void;
}) {
  const intl = useIntl();
  const { checkInName } = useMethodWords();
  const id = useId();
  const reveal = view.round.reveal!;

  return (
    <div className="reveal solo-result">
      <Heading>
        <FormattedMessage id="screens.SoloResult.title" values={{ later: view.round.number > 1 ? 'yes' : 'no', checkIn: checkInName(view.round.number) }} />
      </Heading>
      <p className="lead">
        <FormattedMessage id="screens.SoloResult.lead" />
      </p>
      <section className="panel" aria-labelledby={`${id}-mine`}>
        <h2 id={`${id}-mine`}>
          <FormattedMessage id="screens.SoloResult.mineTitle" />
        </h2>
        <ScaleLines firstName={intl.formatMessage({ id: 'screens.SoloResult.you' })} rows={scaleRows(reveal.mine)} />
        <PerspectiveList perspective={reveal.mine} />
      </section>
      {view.solo && (
        <section className="panel" aria-labelledby={`${id}-invite`}>
          <h2 id={`${id}-invite`}>
            <FormattedMessage id="screens.SoloResult.inviteTitle" />
          </h2>
          <p>
            <FormattedMessage id="screens.SoloResult.inviteLead" values={{ name: <bdi>{partnerName}</bdi> }} />
          </p>
          <InviteButton relationshipId={view.relationshipId} label={intl.formatMessage({ id: 'screens.SoloResult.invite' }, { name: partnerName })} onInvited={onInvited} onAlreadyOut={onAlreadyInvited} />
        </section>
      )}
      <NextRound view={view} onView={onView} />
      <p>
        <Link href={pathFor.reading()}>
          <FormattedMessage id="screens.SoloResult.reading" />
        </Link>
      </p>
      <RoundHistory entries={earlierRounds(view)} partnerName={partnerName} />
    </div>
  );
}
