import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { api, friendlyError } from '../api';
import type { RelationshipView } from '../types';
import { useViewAction } from '../useAction';
import { addDays, checkInStanding, dateRange, dateWords, inRange, WEEK_CHOICES } from './checkIn';
import { downloadFile } from './download';
import './time.css';

/** After a reveal: one person suggests when to check in again, the other agrees; alone, the date is agreed at once. */
export function NextCheckInPanel({ view, partnerName, onView }: { view: RelationshipView; partnerName: string; onView: (v: RelationshipView) => void }) {
  const intl = useIntl();
  const next = view.nextCheckIn ?? null;
  const alone = !view.partner;
  const standing = checkInStanding(next, view.me.personId);
  const action = useViewAction(view.relationshipId, onView);
  const [changing, setChanging] = useState(false);
  const [download, setDownload] = useState<{ message: string; error: string | null }>({ message: '', error: null });

  async function takeBack() {
    await action.run(async () => {
      await api.withdrawCheckIn(view.relationshipId);
      return api.relationship(view.relationshipId);
    });
  }

  async function calendar() {
    setDownload({ message: '', error: null });
    try {
      const file = await api.checkInCalendar(view.relationshipId);
      downloadFile(file.blob, file.fileName);
      setDownload({ message: intl.formatMessage({ id: 'time.NextCheckIn.downloaded' }, { fileName: file.fileName }), error: null });
    } catch (e) {
      setDownload({ message: '', error: friendlyError(e, intl) });
    }
  }

  // A session's pair checks in again when the facilitator starts the next check-in: no date of its own to suggest.
  if (view.revealPolicy === 'facilitator') return null;

  return (
    <section className="panel next-check-in" aria-labelledby="next-check-in-title">
      <h2 id="next-check-in-title">
        <FormattedMessage id={alone ? 'time.NextCheckIn.titleAlone' : 'time.NextCheckIn.title'} />
      </h2>
      {standing === 'none' && (
        <p>
          {alone ? (
            <FormattedMessage id="time.NextCheckIn.aboutAlone" />
          ) : (
            <FormattedMessage id="time.NextCheckIn.about" values={{ partner: <bdi>{partnerName}</bdi> }} />
          )}
        </p>
      )}
      {next && standing === 'agreed' && (
        <p className="check-in-date">
          <FormattedMessage
            id="time.NextCheckIn.agreed"
            values={{ alone: String(alone), date: <strong>{dateWords(next.date, intl)}</strong> }}
          />
        </p>
      )}
      {next && standing === 'proposedByMe' && (
        <p className="check-in-date">
          <FormattedMessage
            id="time.NextCheckIn.proposedByMe"
            values={{ date: <strong>{dateWords(next.date, intl)}</strong>, partner: <bdi>{partnerName}</bdi> }}
          />
        </p>
      )}
      {next && standing === 'proposedToMe' && (
        <p className="check-in-date">
          <FormattedMessage
            id="time.NextCheckIn.proposedToMe"
            values={{ date: <strong>{dateWords(next.date, intl)}</strong>, partner: <bdi>{partnerName}</bdi> }}
          />
        </p>
      )}
      {action.error && (
        <p className="form-error" role="alert">
          {action.error}
        </p>
      )}
      <div className="button-row">
        {standing === 'proposedToMe' && (
          <button type="button" className="primary" disabled={action.busy} onClick={() => void action.run(() => api.acceptCheckIn(view.relationshipId))}>
            <FormattedMessage id="time.NextCheckIn.agree" />
          </button>
        )}
        {standing === 'agreed' && (
          <button type="button" onClick={() => void calendar()}>
            <FormattedMessage id="time.NextCheckIn.calendar" />
          </button>
        )}
        {standing !== 'none' && !changing && (
          <button type="button" onClick={() => setChanging(true)}>
            <FormattedMessage id={standing === 'proposedToMe' ? 'time.NextCheckIn.suggestAnother' : 'time.NextCheckIn.chooseAnother'} />
          </button>
        )}
        {standing !== 'none' && (
          <button type="button" className="link-like" disabled={action.busy} onClick={() => void takeBack()}>
            <FormattedMessage id="time.NextCheckIn.takeBack" />
          </button>
        )}
      </div>
      {download.error && (
        <p className="form-error" role="alert">
          {download.error}
        </p>
      )}
      <p role="status" className="status-line">
        {download.message}
      </p>
      {(standing === 'none' || changing) && (
        <ProposeForm
          alone={alone}
          partnerName={partnerName}
          busy={action.busy}
          onPropose={(date) =>
            void action.run(() => api.proposeCheckIn(view.relationshipId, date)).then(() => setChanging(false))
          }
        />
      )}
    </section>
  );
}

function ProposeForm({ alone, partnerName, busy, onPropose }: { alone: boolean; partnerName: string; busy: boolean; onPropose: (date: string) => void }) {
  const intl = useIntl();
  const today = new Date();
  const [choice, setChoice] = useState<string>('6');
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const range = dateRange(today);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const date = choice === 'date' ? chosen : addDays(today, Number(choice) * 7);
    if (!inRange(date, today)) {
      setError(intl.formatMessage({ id: 'time.NextCheckIn.outOfRange' }));
      return;
    }
    setError(null);
    onPropose(date);
  }

  return (
    <form onSubmit={submit} noValidate>
      <fieldset>
        <legend>
          {alone ? (
            <FormattedMessage id="time.NextCheckIn.whenAlone" />
          ) : (
            <FormattedMessage id="time.NextCheckIn.when" values={{ partner: <bdi>{partnerName}</bdi> }} />
          )}
        </legend>
        <div className="choice-list">
          {WEEK_CHOICES.map((w) => (
            <label key={w} className="choice">
              <input type="radio" name="next-check-in" value={String(w)} checked={choice === String(w)} onChange={() => setChoice(String(w))} />
              <span>
                <FormattedMessage
                  id="time.NextCheckIn.inWeeks"
                  values={{ weeks: w, hint: <span className="choice-hint">{dateWords(addDays(today, w * 7), intl)}</span> }}
                />
              </span>
            </label>
          ))}
          <label className="choice">
            <input type="radio" name="next-check-in" value="date" checked={choice === 'date'} onChange={() => setChoice('date')} />
            <span>
              <FormattedMessage id="time.NextCheckIn.onADay" />
            </span>
          </label>
        </div>
        {choice === 'date' && (
          <div className="field next-check-in-day">
            <label htmlFor="next-check-in-day">
              <FormattedMessage id="time.NextCheckIn.day" />
            </label>
            <input
              id="next-check-in-day"
              type="date"
              min={range.min}
              max={range.max}
              value={chosen}
              onChange={(e) => setChosen(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'next-check-in-error' : undefined}
            />
          </div>
        )}
      </fieldset>
      {error && (
        <p className="form-error" id="next-check-in-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        <FormattedMessage id={alone ? 'time.NextCheckIn.set' : 'time.NextCheckIn.suggest'} />
      </button>
    </form>
  );
}
