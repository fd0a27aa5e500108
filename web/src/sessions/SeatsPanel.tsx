import { FormattedMessage, useIntl } from 'react-intl';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { ApiError, friendlyError } from '../api';
import { CopyField } from '../components/CopyField';
import { FieldError } from '../components/FieldError';
import { QrCode } from '../components/QrCode';
import { LIMITS, validateName } from '../validation';
import { sessionApi } from './sessionApi';
import { forgetSeat, rememberedSeat, rememberSeat, seatLink } from './seatLinks';
import type { Participant, SeatLink, SessionView } from './types';
import { useAction } from '../useAction';

export const seatsAllowed = (view: SessionView): number => (view.kind === 'couple' ? 2 : 8);

/** One person's seat: their link and its QR code until they take it, then simply that they have. */
function Seat({ view, person, link, onLink, onChanged }: {
  view: SessionView;
  person: Participant;
  link: string | null;
  onLink: (seatId: string, link: SeatLink) => void;
  onChanged: () => void;
}) {
  const intl = useIntl();
  const name = { name: person.name };
  const { run: act, busy, error: problem } = useAction((e) => {
    // 409: they took the seat in the meantime; the fresh board shows it.
    if (!(e instanceof ApiError && e.status === 409)) return friendlyError(e, intl);
    onChanged();
    return null;
  });

  const reissue = () => act(async () => onLink(person.seatId, await sessionApi.reissueSeat(view.sessionId, person.seatId)));
  const revoke = () =>
    act(async () => {
      await sessionApi.revokeSeat(view.sessionId, person.seatId);
      forgetSeat(person.seatId);
      onChanged();
    });

  if (person.claimed) {
    return (
      <li className="seat seat-claimed" data-seat={person.name}>
        <h3>
          <bdi>{person.name}</bdi>
        </h3>
        <p className="badge" data-standing={person.left ? 'waiting' : 'readyToTalk'}>
          <FormattedMessage id={person.left ? 'sessions.Seat.left' : 'sessions.Seat.taken'} />
        </p>
      </li>
    );
  }
  return (
    <li className="seat" data-seat={person.name}>
      <h3>
        <bdi>{person.name}</bdi>
      </h3>
      {link ? (
        <>
          <CopyField
            label={intl.formatMessage({ id: 'sessions.Seat.link' }, name)}
            value={link}
            hint={intl.formatMessage({ id: 'sessions.Seat.linkHint' })}
          />
          <figure className="qr-figure">
            <QrCode text={link} label={intl.formatMessage({ id: 'sessions.Seat.qr' }, name)} />
            <figcaption>
              <FormattedMessage id="sessions.Seat.qrCaption" values={{ name: <bdi>{person.name}</bdi> }} />
            </figcaption>
          </figure>
        </>
      ) : (
        <p>
          <FormattedMessage id="sessions.Seat.noLink" values={{ name: <bdi>{person.name}</bdi> }} />
        </p>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <p className="button-row">
        <button type="button" onClick={reissue} disabled={busy} aria-label={intl.formatMessage({ id: 'sessions.Seat.reissueLabel' }, name)}>
          <FormattedMessage id="sessions.Seat.reissue" />
        </button>
        <button type="button" className="link-button" onClick={revoke} disabled={busy}>
          <FormattedMessage id="sessions.Seat.remove" values={{ name: <bdi>{person.name}</bdi> }} />
        </button>
      </p>
    </li>
  );
}

/** The people in the session: add them by name, hand each their seat link, take a link back. */
export function SeatsPanel({ view, onChanged }: { view: SessionView; onChanged: () => void }) {
  const intl = useIntl();
  const nameId = useId();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  // A 400 names the name field beside it; anything else shows above the form.
  const { run, busy, error: problem, setError: setProblem } = useAction((ex) => {
    const field = ex instanceof ApiError ? ex.fieldErrors.name : undefined;
    if (!field) return friendlyError(ex, intl);
    setNameError(field.join(' '));
    return null;
  });
  // Links made on this page, before a reload: the server shows each code once.
  const [links, setLinks] = useState<Record<string, string>>({});

  const onLink = (seatId: string, link: SeatLink) => {
    const url = seatLink(window.location.origin, link);
    rememberSeat(seatId, url);
    setLinks((l) => ({ ...l, [seatId]: url }));
  };

  async function add(e: FormEvent) {
    e.preventDefault();
    const err = validateName(name, intl);
    setNameError(err);
    setProblem(null);
    if (err) return;
    await run(async () => {
      const link = await sessionApi.addParticipant(view.sessionId, name.trim());
      onLink(link.seatId, link);
      setName('');
      onChanged();
    });
  }

  const present = view.participants.filter((p) => !p.left);
  const full = present.length >= seatsAllowed(view);
  const claimed = view.participants.filter((p) => p.claimed).map((p) => p.seatId).join(',');
  useEffect(() => {
    // A taken seat's link no longer opens anything: this device need not keep it.
    for (const seatId of claimed.split(',')) if (seatId) forgetSeat(seatId);
  }, [claimed]);

  return (
    <section className="panel" aria-labelledby="seats-title">
      <h2 id="seats-title">
        <FormattedMessage id="sessions.NewSession.who" />
      </h2>
      {view.participants.length === 0 && (
        <p>
          <FormattedMessage id="sessions.SeatsPanel.none" />
        </p>
      )}
      {view.participants.length > 0 && (
        <ul className="seat-list">
          {view.participants.map((p) => (
            <Seat
              key={p.seatId}
              view={view}
              person={p}
              link={links[p.seatId] ?? rememberedSeat(p.seatId)}
              onLink={onLink}
              onChanged={onChanged}
            />
          ))}
        </ul>
      )}
      {full ? (
        <p className="muted">
          <FormattedMessage id="sessions.SeatsPanel.full" values={{ kind: view.kind }} />
        </p>
      ) : (
        <form onSubmit={add} noValidate className="add-person">
          <div className="field">
            <label htmlFor={nameId}>
              <FormattedMessage id="sessions.SeatsPanel.name" />
            </label>
            <p className="hint" id={`${nameId}-hint`}>
              <FormattedMessage id="sessions.SeatsPanel.nameHint" />
            </p>
            <input
              id={nameId}
              type="text"
              maxLength={LIMITS.name}
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-invalid={nameError ? true : undefined}
              aria-describedby={`${nameId}-hint${nameError ? ` ${nameId}-error` : ''}`}
            />
            <FieldError id={`${nameId}-error`} messages={nameError} />
          </div>
          {problem && (
            <p className="form-error" role="alert">
              {problem}
            </p>
          )}
          <button type="submit" disabled={busy}>
            <FormattedMessage id={busy ? 'sessions.SeatsPanel.adding' : 'sessions.SeatsPanel.add'} />
          </button>
        </form>
      )}
    </section>
  );
}
