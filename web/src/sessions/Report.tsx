import { useEffect, useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { friendlyError } from '../api';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { pathFor } from '../router';
import { checkInNumbers } from './checkIns';
import { FamilySummaryView } from './FamilySummary';
import { ReportPair } from './ReportPair';
import { SessionProblem } from './SessionScreen';
import { sessionApi } from './sessionApi';
import { useMethodWords } from '../method';
import type { PairRounds } from './types';

type Paper = 'A4' | 'letter';

const pageStyle = (paper: Paper): string => `@page { size: ${paper}; margin: 16mm; }`;

import { useSession } from './useSession';
import './sessions.css';
import { useAction } from '../useAction';

/** `/sessions/{id}/report`: a check-in on paper, for the facilitator's records, and the same as Markdown. */
export function Report({ id }: { id: string }) {
  const intl = useIntl();
  const { REPORT_CONFIDENTIAL } = useMethodWords();
  const uid = useId();
  const { view, error } = useSession(id);
  const [checkIn, setCheckIn] = useState<number | null>(null);
  const [withNotes, setWithNotes] = useState(false);
  const [rounds, setRounds] = useState<Record<string, PairRounds>>({});
  const { run, busy, error: problem, setError: setProblem } = useAction();
  const [paper, setPaper] = useState<Paper>('A4');

  const opened = view?.pairs.filter((p) => p.relationshipId && (p.revealed || p.roundNumber > 1)) ?? [];
  const openedKey = opened.map((p) => `${p.pairId}:${p.roundNumber}:${p.revealed}`).join(',');
  useEffect(() => {
    if (!view) return;
    let alive = true;
    Promise.all(opened.map((p) => sessionApi.pair(view.sessionId, p.pairId))).then(
      (all) => alive && setRounds(Object.fromEntries(all.map((r) => [r.pairId, r]))),
      (e) => alive && setProblem(friendlyError(e, intl)),
    );
    return () => {
      alive = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view?.sessionId, openedKey]);

  if (error && !view) return <SessionProblem error={error} />;
  if (!view) {
    return (
      <div className="screen">
        <p aria-live="polite">
          <FormattedMessage id="sessions.Report.opening" />
        </p>
      </div>
    );
  }
  const shownCheckIn = checkIn ?? view.checkIn;
  const names = new Map(view.participants.map((p) => [p.seatId, p.name]));
  const inCheckIn = view.pairs.filter((p) => p.relationshipId);
  // Each check-in has its own notes: the shown one's, not the latest.
  const notes = shownCheckIn === view.checkIn ? view.notes : (view.earlierNotes?.find((n) => n.checkIn === shownCheckIn)?.notes ?? '');

  async function download() {
    await run(async () => {
      const text = await sessionApi.report(id, shownCheckIn, withNotes);
      const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = 'session-report.md';
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });
  }

  return (
    <div className="screen report">
      <div className="no-print panel report-controls">
        <p>
          <Link href={pathFor.session(view.sessionId)}>
            <FormattedMessage id="sessions.backToBoard" />
          </Link>
        </p>
        {view.checkIn > 1 && (
          <div className="field">
            <label htmlFor={`${uid}-check-in`}>
              <FormattedMessage id="sessions.Report.checkInField" />
            </label>
            <select id={`${uid}-check-in`} value={shownCheckIn} onChange={(e) => setCheckIn(Number(e.target.value))}>
              {checkInNumbers(view.checkIn).map((n) => (
                <option key={n} value={n}>
                  {intl.formatMessage({ id: 'sessions.Board.checkInTitle' }, { checkIn: n })}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${uid}-paper`}>
            <FormattedMessage id="sessions.Report.paper" />
          </label>
          <select id={`${uid}-paper`} value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
            <option value="A4">{intl.formatMessage({ id: 'sessions.Report.paperA4' })}</option>
            <option value="letter">{intl.formatMessage({ id: 'sessions.Report.paperLetter' })}</option>
          </select>
        </div>
        <label className="choice">
          <input type="checkbox" checked={withNotes} onChange={(e) => setWithNotes(e.target.checked)} />
          <span>
            <FormattedMessage id="sessions.Report.includeNotes" />
          </span>
        </label>
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
        <p className="button-row">
          <button type="button" className="primary" onClick={() => window.print()}>
            <FormattedMessage id="sessions.Report.print" />
          </button>
          <button type="button" onClick={download} disabled={busy}>
            <FormattedMessage id="sessions.Report.download" />
          </button>
        </p>
      </div>
      {/* The printer's page size, as the counsellor chose it. */}
      <style>{pageStyle(paper)}</style>
      <article className="report-page" aria-labelledby={`${uid}-title`} data-paper={paper}>
        <p className="report-confidential">
          <strong>{REPORT_CONFIDENTIAL}</strong>
        </p>
        <Heading>
          <span id={`${uid}-title`}>
            <FormattedMessage id="sessions.Report.title" values={{ title: <bdi>{view.title}</bdi>, checkIn: shownCheckIn }} />
          </span>
        </Heading>
        <p>
          <FormattedMessage
            id="sessions.Report.made"
            values={{
              date: intl.formatDate(new Date(), { day: 'numeric', month: 'long', year: 'numeric' }),
              participants: intl.formatList(
                view.participants.filter((p) => !p.left).map((p) => <bdi key={p.seatId}>{p.name}</bdi>),
                { type: 'unit' },
              ),
            }}
          />
        </p>
        <p className="muted">
          <FormattedMessage id="sessions.Report.about" values={{ facilitator: <bdi>{view.facilitator.displayName}</bdi> }} />
        </p>
        {view.kind === 'family' && <FamilySummaryView view={view} checkIn={shownCheckIn} />}
        {inCheckIn.length === 0 && (
          <p>
            <FormattedMessage id="sessions.Report.none" />
          </p>
        )}
        {inCheckIn.map((p) => (
          <ReportPair key={p.pairId} view={view} pair={p} rounds={rounds[p.pairId]} checkIn={shownCheckIn} names={names} />
        ))}
        {withNotes && (
          <section className="report-notes" aria-labelledby={`${uid}-notes`}>
            <h2 id={`${uid}-notes`}>
              <FormattedMessage id="sessions.Report.notes" values={{ checkIn: shownCheckIn }} />
            </h2>
            {notes ? (
              <p className="report-notes-text" dir="auto">
                {notes}
              </p>
            ) : (
              <p className="muted">
                <FormattedMessage id="sessions.Report.noNotes" />
              </p>
            )}
          </section>
        )}
      </article>
    </div>
  );
}
