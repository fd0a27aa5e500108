import { useId, useState, type FormEvent } from 'react';
import { api } from '../api';
import type { GentleWhere } from './accusation';
import type { RelationshipView, RoundTraces } from '../types';
import { GentleHint } from './GentleHint';
import { useAction } from '../useAction';

function TraceForm({
  label,
  hint,
  max,
  saved,
  submit,
  onSave,
  where,
}: {
  label: string;
  hint: string;
  max: number;
  saved: string;
  submit: string;
  onSave: (text: string) => Promise<void>;
  where: GentleWhere;
}) {
  const id = useId();
  const [text, setText] = useState(saved);
  const { run, busy, error } = useAction();
  const [done, setDone] = useState(false);
  const send = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    await run(async () => {
      await onSave(text.trim());
      setDone(true);
    });
  };
  return (
    <form className="no-print trace-form" onSubmit={send}>
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint ${id}-gentle`}
        value={text}
        maxLength={max}
        rows={2}
        onChange={(e) => setText(e.target.value)}
      />
      <GentleHint id={`${id}-gentle`} text={text} where={where} />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <p>
        <button type="submit" disabled={busy}>
          {submit}
        </button>{' '}
        <span role="status">{done ? 'Saved, and shown to you both.' : ''}</span>
      </p>
    </form>
  );
}

/**
 * What stays of the conversation: a short thanks for what the other wrote, and one small thing each will try.
 * Both see both, live; the small things come back at the start of the next check-in.
 */
export function Traces({ view, partnerName, onTraces }: { view: RelationshipView; partnerName: string; onTraces: (t: RoundTraces) => void }) {
  const reveal = view.round.reveal!;
  const me = view.me.personId;
  const them = view.partner?.personId ?? null;
  const thanks = reveal.appreciations ?? {};
  const things = reveal.smallThings ?? {};
  const number = view.round.number;
  const id = view.relationshipId;
  // On paper the forms are gone: a heading with nothing saved under it is left off.
  const thanked = !!thanks[me] || (!!them && !!thanks[them]);
  const tried = !!things[me] || (!!them && !!things[them]);
  const unprinted = (saved: boolean) => (saved ? undefined : 'no-print');
  // In a facilitated session the counsellor reads both, with the opened round, in the report they file.
  const alsoRead = view.revealPolicy === 'facilitator' ? ' Your facilitator reads it too, in the session’s report.' : '';
  return (
    <section className={`panel traces ${thanked || tried ? '' : 'no-print'}`.trim()} aria-labelledby="traces-title">
      <h2 id="traces-title">After you talk</h2>
      <h3 className={unprinted(thanked)}>A word of thanks</h3>
      {them && thanks[them] && (
        <p>
          {partnerName} thanked you: <q>{thanks[them]}</q>
        </p>
      )}
      {thanks[me] && (
        <p>
          You thanked {partnerName}: <q>{thanks[me]}</q>
        </p>
      )}
      <TraceForm
        label={`A short thank-you to ${partnerName} for something they wrote`}
        hint={`${partnerName} sees it at once.${alsoRead} Leave it empty and save to take it back.`}
        max={500}
        saved={thanks[me] ?? ''}
        submit="Save my thanks"
        where="thanks"
        onSave={(text) => api.appreciation(id, number, text).then(onTraces)}
      />
      <h3 className={unprinted(tried)}>One small thing I’ll try</h3>
      {tried && (
        <ul className="small-things">
          {things[me] && <li>You: {things[me]}</li>}
          {them && things[them] && (
            <li>
              {partnerName}: {things[them]}
            </li>
          )}
        </ul>
      )}
      <TraceForm
        label="After talking, one small thing I’ll try"
        hint={`Something small and concrete. You will both see it at the start of your next check-in.${alsoRead}`}
        max={280}
        saved={things[me] ?? ''}
        submit="Save my small thing"
        where="smallThing"
        onSave={(text) => api.smallThing(id, number, text).then(onTraces)}
      />
    </section>
  );
}

/** At the start of a check-in: what each said they would try last time. */
export function LastTime({ view, partnerName }: { view: RelationshipView; partnerName: string }) {
  const last = view.round.lastTime;
  if (!last) return null;
  const me = view.me.personId;
  const them = view.partner?.personId ?? null;
  const mine = last.smallThings[me];
  const theirs = them ? last.smallThings[them] : undefined;
  if (!mine && !theirs) return null;
  return (
    <section className="panel last-time" aria-labelledby="last-time-title">
      <h2 id="last-time-title">{mine && theirs ? 'Last time you each said you’d try' : 'Last time, one small thing to try'}</h2>
      <ul>
        {mine && <li>You: {mine}</li>}
        {theirs && (
          <li>
            {partnerName}: {theirs}
          </li>
        )}
      </ul>
    </section>
  );
}
