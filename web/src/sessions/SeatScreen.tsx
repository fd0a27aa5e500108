import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { ApiError, friendlyError } from '../api';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { PersonalLinkPanel } from '../components/PersonalLinkPanel';
import { AsMeOrAnother, NewNameForm, useMyName } from '../components/WhoTakesIt';
import { navigate, pathFor } from '../router';
import { sessionApi } from './sessionApi';
import type { SeatInfo } from './types';
import './sessions.css';

type Gone = 'unknown' | 'used';

function claimProblem(e: unknown, intl: IntlShape): string {
  if (e instanceof ApiError && e.status === 409) return e.problem.detail || intl.formatMessage({ id: 'sessions.SeatScreen.cannotTake' });
  return friendlyError(e, intl);
}

/** A seat that opens nothing (unknown, revoked) or that someone already took: said kindly, with a way on. */
function SeatGone({ gone, hasIdentity }: { gone: Gone; hasIdentity: boolean }) {
  return (
    <div className="screen" data-seat-gone={gone}>
      <Heading>
        <FormattedMessage id={gone === 'used' ? 'sessions.SeatGone.usedTitle' : 'sessions.SeatGone.unknownTitle'} />
      </Heading>
      <p className="lead">
        <FormattedMessage id={gone === 'used' ? 'sessions.SeatGone.used' : 'sessions.SeatGone.unknown'} />
      </p>
      {hasIdentity && (
        <p>
          <Link href={pathFor.home()} className="button">
            <FormattedMessage id="sessions.SeatGone.home" />
          </Link>
        </p>
      )}
    </div>
  );
}

/** `/seat/{code}`: who the facilitator is, what they will and won't see, then taking the seat. */
export function SeatScreen({ code, hasIdentity, onIdentity }: { code: string; hasIdentity: boolean; onIdentity: (key: string) => void }) {
  const intl = useIntl();
  const [info, setInfo] = useState<SeatInfo | null>(null);
  const [gone, setGone] = useState<Gone | null>(null);
  // What went wrong looking the seat up or taking it: worded at render, in the reader's language.
  const [problem, setProblem] = useState<unknown>(null);
  const myName = useMyName(hasIdentity);
  const [asNew, setAsNew] = useState(false);
  const [busy, setBusy] = useState(false);
  const [claimed, setClaimed] = useState<{ sessionId: string; key: string } | null>(null);

  // Who this browser was when the link was opened: taking the seat under a new name changes it, and must not
  // make this page look the seat up again.
  const arrivedWithIdentity = useRef(hasIdentity);
  useEffect(() => {
    let alive = true;
    sessionApi.seat(code).then(
      (seat) => {
        if (!alive) return;
        setInfo(seat);
      },
      async (e) => {
        if (!alive) return;
        if (e instanceof ApiError && e.status === 410 && arrivedWithIdentity.current) {
          // Taken already: by this very person, on another tab or earlier? Then claiming again simply opens it.
          try {
            const view = await sessionApi.claim(code);
            if (alive) navigate(pathFor.session(view.sessionId), true);
            return;
          } catch {
            /* someone else's: say so */
          }
        }
        if (!alive) return;
        if (e instanceof ApiError && (e.status === 404 || e.status === 410)) setGone(e.status === 410 ? 'used' : 'unknown');
        else setProblem(e);
      },
    );
    return () => {
      alive = false;
    };
  }, [code]);

  const failed = (e: unknown) => {
    if (e instanceof ApiError && (e.status === 404 || e.status === 410)) setGone(e.status === 410 ? 'used' : 'unknown');
    else setProblem(e);
  };

  async function claimAsMe() {
    setBusy(true);
    setProblem(null);
    try {
      const view = await sessionApi.claim(code);
      navigate(pathFor.session(view.sessionId), true);
    } catch (e) {
      failed(e);
      setBusy(false);
    }
  }

  if (gone) return <SeatGone gone={gone} hasIdentity={hasIdentity} />;
  if (claimed) {
    return (
      <div className="screen">
        <Heading>
          <FormattedMessage id="sessions.SeatScreen.taken" />
        </Heading>
        <p className="lead">
          <FormattedMessage id="sessions.SeatScreen.personalLink" />
        </p>
        <PersonalLinkPanel accessKey={claimed.key} />
        <p>
          <Link href={pathFor.session(claimed.sessionId)} className="button primary">
            <FormattedMessage id="sessions.SeatScreen.goToSession" />
          </Link>
        </p>
      </div>
    );
  }
  if (!info) {
    return (
      <div className="screen">
        {problem != null ? (
          <p className="form-error" role="alert">
            {claimProblem(problem, intl)}
          </p>
        ) : (
          <p aria-live="polite">
            <FormattedMessage id="sessions.SeatScreen.opening" />
          </p>
        )}
      </div>
    );
  }

  const f = <bdi>{info.facilitatorName}</bdi>;
  const strong = (chunks: React.ReactNode[]) => <strong>{chunks}</strong>;
  // A seat kept from an earlier session is for the person who sat in it: no new name can take it (the host answers 409).
  const keptForSomeone = info.carriedForward === true;
  const showNameForm = (!hasIdentity || asNew) && !keptForSomeone;
  return (
    <div className="screen seat-page">
      <Heading>
        <FormattedMessage id="sessions.SeatScreen.invites" values={{ f, title: <bdi>{info.sessionTitle}</bdi> }} />
      </Heading>
      <p className="lead">
        <FormattedMessage id="sessions.SeatScreen.lead" values={{ f, participant: <bdi>{info.participantName}</bdi>, kind: info.kind }} />
      </p>
      {info.carriedForward && (
        <p role="note">
          <FormattedMessage id="sessions.SeatScreen.welcomeBack" values={{ f }} />
        </p>
      )}
      <section className="panel" aria-labelledby="sees-title">
        <h2 id="sees-title">
          <FormattedMessage id="sessions.SeatScreen.seesTitle" values={{ f }} />
        </h2>
        <ul className="seat-terms">
          <li>
            <FormattedMessage id="sessions.SeatScreen.termBefore" values={{ strong }} />
          </li>
          <li>
            <FormattedMessage id="sessions.SeatScreen.termOpened" values={{ f, strong }} />
          </li>
          <li>
            <FormattedMessage id="sessions.SeatScreen.termNever" values={{ strong }} />
          </li>
          <li>
            <FormattedMessage id="sessions.SeatScreen.termPreRead" values={{ f, strong }} />
          </li>
          <li>
            <FormattedMessage id="sessions.SeatScreen.termNoRating" values={{ f }} />
          </li>
        </ul>
      </section>
      {problem != null && (
        <p className="form-error" role="alert">
          {claimProblem(problem, intl)}
        </p>
      )}
      {hasIdentity && !asNew && (
        <AsMeOrAnother
          myName={myName}
          busy={busy}
          asMe={(n) => (n ? intl.formatMessage({ id: 'sessions.SeatScreen.takeAs' }, { name: n }) : intl.formatMessage({ id: 'sessions.SeatScreen.take' }))}
          asAnother={keptForSomeone ? undefined : intl.formatMessage({ id: 'sessions.SeatScreen.takeAnother' })}
          onMe={claimAsMe}
          onAnother={() => setAsNew(true)}
        />
      )}
      {keptForSomeone && !hasIdentity && (
        <p className="notice" role="note">
          <FormattedMessage
            id="sessions.SeatScreen.unknownBrowser"
            values={{ link: (chunks) => <Link href={pathFor.signIn()}>{chunks}</Link> }}
          />
        </p>
      )}
      {showNameForm && (
        <NewNameForm
          hasIdentity={hasIdentity}
          initialName={info.participantName}
          label={intl.formatMessage({ id: 'sessions.SeatScreen.nameLabel' })}
          hint={<FormattedMessage id="sessions.SeatScreen.nameHint" values={{ f, participant: <bdi>{info.participantName}</bdi> }} />}
          submit={intl.formatMessage({ id: 'sessions.SeatScreen.submit' })}
          busyLabel={intl.formatMessage({ id: 'sessions.SeatScreen.submitting' })}
          onIdentity={onIdentity}
          take={() => sessionApi.claim(code)}
          onTaken={(view, key) => setClaimed({ sessionId: view.sessionId, key })}
          onFailure={failed}
          onBusy={(b) => {
            setBusy(b);
            if (b) setProblem(null);
          }}
        />
      )}
    </div>
  );
}
