import { useState } from 'react';
import { api, friendlyError } from '../api';
import type { RelationshipView } from '../types';
import { useViewAction } from '../useAction';
import { addDays, checkInStanding, dateRange, dateWords, inRange, WEEK_CHOICES } from './checkIn';
import { downloadFile } from './download';
import './time.css';

const WEEK_WORDS: Record<number, string> = { 4: 'four', 6: 'six', 8: 'eight' };

/** After a reveal: one person suggests when to check in again, the other agrees; alone, the date is agreed at once. */
export function NextCheckInPanel({ view, partnerName, onView }: { view: RelationshipView; partnerName: string; onView: (v: RelationshipView) => void }) {
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
      setDownload({ message: `Downloaded ${file.fileName}: open it to add the date to your calendar.`, error: null });
    } catch (e) {
      setDownload({ message: '', error: friendlyError(e) });
    }
  }

  // A session's pair checks in again when the facilitator starts the next check-in: no date of its own to suggest.
  if (view.revealPolicy === 'facilitator') return null;

  return (
    <section className="panel next-check-in" aria-labelledby="next-check-in-title">
      <h2 id="next-check-in-title">{alone ? 'A date with yourself' : 'When to check in again'}</h2>
      {standing === 'none' && (
        <p>
          {alone
            ? 'Coming back to this in a few weeks shows whether a low time is a season or the usual way of things. Pick a day to look again.'
            : `Agreeing a day now makes the next conversation easier to have. Suggest one; ${partnerName} can agree to it.`}
        </p>
      )}
      {next && standing === 'agreed' && (
        <p className="check-in-date">
          {alone ? 'You’ll look again on ' : 'Your next check-in, agreed by you both: '}
          <strong>{dateWords(next.date)}</strong>.
        </p>
      )}
      {next && standing === 'proposedByMe' && (
        <p className="check-in-date">
          You suggested <strong>{dateWords(next.date)}</strong>. It’s up to {partnerName} to agree; you’ll both see it here once
          they do.
        </p>
      )}
      {next && standing === 'proposedToMe' && (
        <p className="check-in-date">
          {partnerName} suggests checking in again on <strong>{dateWords(next.date)}</strong>.
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
            Agree to this date
          </button>
        )}
        {standing === 'agreed' && (
          <button type="button" onClick={() => void calendar()}>
            Add to my calendar (.ics)
          </button>
        )}
        {standing !== 'none' && !changing && (
          <button type="button" onClick={() => setChanging(true)}>
            {standing === 'proposedToMe' ? 'Suggest another date' : 'Choose another date'}
          </button>
        )}
        {standing !== 'none' && (
          <button type="button" className="link-like" disabled={action.busy} onClick={() => void takeBack()}>
            Take the date back
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
  const today = new Date();
  const [choice, setChoice] = useState<string>('6');
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const range = dateRange(today);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const date = choice === 'date' ? chosen : addDays(today, Number(choice) * 7);
    if (!inRange(date, today)) {
      setError('Please choose a day after today and within a year.');
      return;
    }
    setError(null);
    onPropose(date);
  }

  return (
    <form onSubmit={submit} noValidate>
      <fieldset>
        <legend>{alone ? 'When will you look again?' : `When would you like to check in again with ${partnerName}?`}</legend>
        <div className="choice-list">
          {WEEK_CHOICES.map((w) => (
            <label key={w} className="choice">
              <input type="radio" name="next-check-in" value={String(w)} checked={choice === String(w)} onChange={() => setChoice(String(w))} />
              <span>
                In {WEEK_WORDS[w]} weeks <span className="choice-hint">{dateWords(addDays(today, w * 7))}</span>
              </span>
            </label>
          ))}
          <label className="choice">
            <input type="radio" name="next-check-in" value="date" checked={choice === 'date'} onChange={() => setChoice('date')} />
            <span>On a day I choose</span>
          </label>
        </div>
        {choice === 'date' && (
          <div className="field next-check-in-day">
            <label htmlFor="next-check-in-day">The day</label>
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
        {alone ? 'Set this date' : 'Suggest this date'}
      </button>
    </form>
  );
}
