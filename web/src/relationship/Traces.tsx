import { FormattedMessage, useIntl } from 'react-intl';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../api';
import type { GentleWhere } from './accusation';
import type { RelationshipView, RoundTraces } from '../types';
import { GentleHint } from './GentleHint';
import { useAction } from '../useAction';

/** Between the button and what it says once saved. */
const SPACE = ' ';

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
  const intl = useIntl();
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
        </button>
        {SPACE}
        <span role="status">{done ? intl.formatMessage({ id: 'relationship.Traces.saved' }) : ''}</span>
      </p>
    </form>
  );
}

/** What each said they would try: the viewer's first, as "You: …". */
function SmallThings({ mine, theirs, partnerName, className }: { mine?: string; theirs?: string; partnerName: string; className?: string }) {
  return (
    <ul className={className}>
      {mine && (
        <li>
          <FormattedMessage id="relationship.Traces.yours" values={{ text: <bdi>{mine}</bdi> }} />
        </li>
      )}
      {theirs && (
        <li>
          <FormattedMessage id="relationship.Traces.theirs" values={{ name: <bdi>{partnerName}</bdi>, text: <bdi>{theirs}</bdi> }} />
        </li>
      )}
    </ul>
  );
}

/**
 * What stays of the conversation: a short thanks for what the other wrote, and one small thing each will try.
 * Both see both, live; the small things come back at the start of the next check-in.
 */
export function Traces({ view, partnerName, onTraces }: { view: RelationshipView; partnerName: string; onTraces: (t: RoundTraces) => void }) {
  const intl = useIntl();
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
  const alsoRead = view.revealPolicy === 'facilitator' ? 'yes' : 'no';
  const name = <bdi>{partnerName}</bdi>;
  return (
    <section className={`panel traces ${thanked || tried ? '' : 'no-print'}`.trim()} aria-labelledby="traces-title">
      <h2 id="traces-title">
        <FormattedMessage id="relationship.Traces.title" />
      </h2>
      <h3 className={unprinted(thanked)}>
        <FormattedMessage id="relationship.Traces.thanksTitle" />
      </h3>
      {them && thanks[them] && (
        <p>
          <FormattedMessage id="relationship.Traces.theyThanked" values={{ name, text: <q dir="auto">{thanks[them]}</q> }} />
        </p>
      )}
      {thanks[me] && (
        <p>
          <FormattedMessage id="relationship.Traces.youThanked" values={{ name, text: <q dir="auto">{thanks[me]}</q> }} />
        </p>
      )}
      <TraceForm
        label={intl.formatMessage({ id: 'relationship.Traces.thanksLabel' }, { name: partnerName })}
        hint={intl.formatMessage({ id: 'relationship.Traces.thanksHint' }, { name: partnerName, alsoRead })}
        max={500}
        saved={thanks[me] ?? ''}
        submit={intl.formatMessage({ id: 'relationship.Traces.saveThanks' })}
        where="thanks"
        onSave={(text) => api.appreciation(id, number, text).then(onTraces)}
      />
      <h3 className={unprinted(tried)}>
        <FormattedMessage id="relationship.Traces.smallThingTitle" />
      </h3>
      {tried && <SmallThings mine={things[me]} theirs={them ? things[them] : undefined} partnerName={partnerName} className="small-things" />}
      <TraceForm
        label={intl.formatMessage({ id: 'relationship.Traces.smallThingLabel' })}
        hint={intl.formatMessage({ id: 'relationship.Traces.smallThingHint' }, { alsoRead })}
        max={280}
        saved={things[me] ?? ''}
        submit={intl.formatMessage({ id: 'relationship.Traces.saveSmallThing' })}
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
      <h2 id="last-time-title">
        <FormattedMessage id={mine && theirs ? 'relationship.LastTime.each' : 'relationship.LastTime.one'} />
      </h2>
      <SmallThings mine={mine} theirs={theirs} partnerName={partnerName} />
    </section>
  );
}
