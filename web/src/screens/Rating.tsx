import { useEffect, useId, useRef, useState } from 'react';
import { accusationHint } from '../accusation';
import { api, ApiError, friendlyError } from '../api';
import { FieldError } from '../components/FieldError';
import { SaveIndicator } from '../components/SaveIndicator';
import { Scale } from '../components/Scale';
import {
  clearLocalCopy,
  DraftSaver,
  mergeLocal,
  readLocalCopy,
  writeLocalCopy,
  type SaveState,
} from '../draftSaver';
import { DIMENSIONS, LEANS_MINE, PICTURE_WORDS, SCALE_WORDS, SEASON_WORDS } from '../method';
import { missingFields, needsPicture, normalize, type LocalDimension, type LocalDraft, type TopField } from '../perspective';
import { partnerStatusWords } from '../status';
import type { DimensionKey, Leans, PictureKind, RelationshipView, SeasonKind } from '../types';
import { kindServerMessage, LIMITS, missingMessage, stepForField, validateDraft } from '../validation';

const STEP_TITLES = [...DIMENSIONS.map((d) => d.title), 'Overall', 'Season', 'Review'];
const OVERALL = 4;
const SEASON = 5;
const REVIEW = 6;
const LEANS: Leans[] = ['me', 'them', 'neither'];
const SEASONS: SeasonKind[] = ['none', 'illness', 'grief', 'transition', 'other'];
const PICTURES: PictureKind[] = ['mutualPattern', 'boundary'];

const stepKey = (id: string, round: number) => `reciprocity.step.${id}.${round}`;

function heldFields(d: LocalDraft): Set<TopField> {
  const held = new Set<TopField>();
  for (const path of Object.keys(validateDraft(d))) held.add(path.split('.')[0] as TopField);
  return held;
}

export function Rating({ view, onView }: { view: RelationshipView; onView: (v: RelationshipView) => void }) {
  const uid = useId();
  const id = view.relationshipId;
  const roundNo = view.round.number;
  const partnerName = view.partner?.displayName ?? 'the other person';

  const saverRef = useRef<DraftSaver | null>(null);
  if (saverRef.current === null) {
    const merged = mergeLocal(normalize(view.round.myDraft), readLocalCopy(id, roundNo));
    saverRef.current = new DraftSaver(
      merged.draft,
      {
        send: (patch, keepalive) => api.saveDraft(id, patch, { keepalive }),
        persist: (draft, dirty) => writeLocalCopy(id, roundNo, { draft, dirty }),
        held: heldFields,
      },
      merged.dirty,
    );
  }
  const saver = saverRef.current;

  const [draft, setDraft] = useState<LocalDraft>(() => saver.current);
  const [saveState, setSaveState] = useState<SaveState>(() => saver.saveState);
  const [step, setStepState] = useState<number>(() => {
    const stored = Number(sessionStorage.getItem(stepKey(id, roundNo)));
    return Number.isInteger(stored) && stored >= 0 && stored <= REVIEW ? stored : 0;
  });
  const [serverErrors, setServerErrors] = useState<Record<string, string[]>>({});
  const [missing, setMissing] = useState<string[] | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    const off = saver.subscribe((s) => {
      setSaveState(s);
      if (s.kind === 'saved') setServerErrors({});
      if (s.kind === 'invalid') setServerErrors(s.error.fieldErrors);
      if (s.kind === 'closed') void api.relationship(id).then(onView, () => undefined);
    });
    // Leaving or hiding the page: whatever is unsaved goes out in a request that outlives the page.
    const away = () => {
      if (saver.hasUnsaved) void saver.flush(true);
    };
    const onVisibility = () => document.visibilityState === 'hidden' && away();
    window.addEventListener('pagehide', away);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      off();
      window.removeEventListener('pagehide', away);
      document.removeEventListener('visibilitychange', onVisibility);
      away();
    };
  }, [saver, id, onView]);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    stepHeading.current?.focus();
  }, [step]);

  const setStep = (n: number) => {
    setStepState(n);
    sessionStorage.setItem(stepKey(id, roundNo), String(n));
  };

  const change = (next: LocalDraft) => {
    setDraft(next);
    saver.update(next);
    if (missing) setMissing(missingFields(next));
  };

  const setDimension = (key: DimensionKey, patch: Partial<LocalDimension>) =>
    change({ ...draft, dimensions: { ...draft.dimensions, [key]: { ...draft.dimensions[key], ...patch } } });

  const localErrors = validateDraft(draft);
  const errorsFor = (path: string): string[] | undefined => {
    const list = [
      ...(localErrors[path] ? [localErrors[path]] : []),
      ...(serverErrors[path] ?? []).map((m) => kindServerMessage(path, m)),
      ...(missing?.includes(path) ? [missingMessage(path)] : []),
    ];
    return list.length ? [...new Set(list)] : undefined;
  };
  const errId = (path: string) => `${uid}-${path.replace(/\./g, '-')}-error`;

  async function submit() {
    setSubmitError(null);
    const stillMissing = missingFields(draft);
    setMissing(stillMissing);
    if (stillMissing.length > 0) return;
    setSubmitting(true);
    try {
      const settled = await saver.settle();
      if (settled.kind === 'invalid' || settled.kind === 'held') {
        setSubmitError('Something in your answers needs a look before it can be shared; see the notes beside them.');
        return;
      }
      if (settled.kind === 'offline' || settled.kind === 'failed' || settled.kind === 'recovering') {
        setSubmitError(
          settled.kind === 'recovering'
            ? 'Reciprocity is catching up after a hiccup and could not save just now. Your answers are kept on this device; try again in a moment.'
            : 'We can’t reach Reciprocity right now. Your answers are kept on this device; try again in a moment.',
        );
        return;
      }
      const next = await api.submit(id);
      clearLocalCopy(id, roundNo);
      sessionStorage.removeItem(stepKey(id, roundNo));
      onView(next);
    } catch (e) {
      if (e instanceof ApiError && e.status === 400) {
        setServerErrors(e.fieldErrors);
        const paths = Object.keys(e.fieldErrors);
        setMissing(paths.length ? paths : missingFields(draft));
        setSubmitError('A few answers are still needed before you can share.');
      } else if (e instanceof ApiError && e.status === 409) {
        void api.relationship(id).then(onView, () => undefined);
      } else setSubmitError(friendlyError(e));
    } finally {
      setSubmitting(false);
    }
  }

  const progress = (
    <nav aria-label="Your progress" className="progress">
      <p className="progress-count">
        Step {step + 1} of {STEP_TITLES.length}
      </p>
      <ol>
        {STEP_TITLES.map((title, i) => {
          const done = i < DIMENSIONS.length ? draft.dimensions[DIMENSIONS[i].key].score !== null : i === OVERALL ? draft.overall !== null : false;
          return (
            <li key={title} className={i === step ? 'current' : done ? 'done' : ''}>
              <button type="button" onClick={() => setStep(i)} aria-current={i === step ? 'step' : undefined}>
                <span className="visually-hidden">{`Step ${i + 1}:`}</span> {title}
                {done && <span className="visually-hidden">{' (answered)'}</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );

  let body;
  if (step < DIMENSIONS.length) {
    const dim = DIMENSIONS[step];
    const value = draft.dimensions[dim.key];
    const notePath = `dimensions.${dim.key}.note`;
    const leansPath = `dimensions.${dim.key}.leans`;
    const scorePath = `dimensions.${dim.key}.score`;
    body = (
      <section aria-labelledby={`${uid}-step-title`} className="step">
        <h2 id={`${uid}-step-title`} ref={stepHeading} tabIndex={-1}>
          {dim.title}
        </h2>
        <p className="question">{dim.question}</p>
        <ul className="prompts">
          {dim.prompts.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        <p className="hint">Think of the pattern over time, not a tally of favours.</p>
        <Scale
          name={`${uid}-${dim.key}-score`}
          legend={`${dim.title}: how mutual does it feel?`}
          value={value.score}
          onChange={(score) => setDimension(dim.key, { score })}
          errorId={errId(scorePath)}
          error={errorsFor(scorePath)}
        />
        <fieldset aria-describedby={errorsFor(leansPath) ? errId(leansPath) : undefined}>
          <legend>Which way does it lean? (optional)</legend>
          <div className="choice-list">
            {LEANS.map((l) => (
              <label key={l} className="choice">
                <input
                  type="radio"
                  name={`${uid}-${dim.key}-leans`}
                  value={l}
                  checked={value.leans === l}
                  onChange={() => setDimension(dim.key, { leans: l })}
                />
                <span>{LEANS_MINE[l]}</span>
              </label>
            ))}
          </div>
          <FieldError id={errId(leansPath)} messages={errorsFor(leansPath)} />
        </fieldset>
        <div className="field">
          <label htmlFor={`${uid}-${dim.key}-note`}>A note (optional)</label>
          <p className="hint" id={`${uid}-${dim.key}-note-hint`}>
            A sentence or two about what you notice. {partnerName} will read it after you have both finished.
          </p>
          <textarea
            id={`${uid}-${dim.key}-note`}
            rows={4}
            maxLength={LIMITS.note}
            value={value.note}
            onChange={(e) => setDimension(dim.key, { note: e.target.value })}
            aria-invalid={errorsFor(notePath) ? true : undefined}
            aria-describedby={[`${uid}-${dim.key}-note-hint`, errorsFor(notePath) ? errId(notePath) : ''].filter(Boolean).join(' ')}
          />
          <FieldError id={errId(notePath)} messages={errorsFor(notePath)} />
        </div>
      </section>
    );
  } else if (step === OVERALL) {
    const required = needsPicture(draft.overall);
    const hint = accusationHint(draft.picture.text);
    body = (
      <section aria-labelledby={`${uid}-step-title`} className="step">
        <h2 id={`${uid}-step-title`} ref={stepHeading} tabIndex={-1}>
          Overall
        </h2>
        <p className="question">Taking everything together, how mutual does this relationship feel right now?</p>
        <p className="hint">Mutual doesn’t mean identical: one of you may care in words, the other in deeds.</p>
        <Scale
          name={`${uid}-overall`}
          legend="Overall: how mutual does it feel?"
          value={draft.overall}
          onChange={(overall) => change({ ...draft, overall })}
          errorId={errId('overall')}
          error={errorsFor('overall')}
        />
        <fieldset className="picture">
          <legend>
            A picture to work toward {required ? '(needed for an overall 1 or 2)' : '(optional)'}
          </legend>
          <p className="hint">
            Describe what reciprocity would look like here, as something to build toward rather than something that went
            wrong. It can be a mutual pattern to build, or a boundary you need.
          </p>
          <div className="choice-list">
            {PICTURES.map((k) => (
              <label key={k} className="choice">
                <input
                  type="radio"
                  name={`${uid}-picture-kind`}
                  value={k}
                  checked={draft.picture.kind === k}
                  onChange={() => change({ ...draft, picture: { ...draft.picture, kind: k } })}
                />
                <span>{PICTURE_WORDS[k]}</span>
              </label>
            ))}
          </div>
          <div className="field">
            <label htmlFor={`${uid}-picture-text`}>
              {draft.picture.kind === 'boundary' ? 'The boundary I need' : 'What it would look like'}
            </label>
            <textarea
              id={`${uid}-picture-text`}
              rows={5}
              maxLength={LIMITS.picture}
              value={draft.picture.text}
              required={required}
              onChange={(e) => change({ ...draft, picture: { ...draft.picture, text: e.target.value } })}
              aria-invalid={errorsFor('picture.text') ? true : undefined}
              aria-describedby={[`${uid}-picture-gentle`, errorsFor('picture.text') ? errId('picture.text') : ''].filter(Boolean).join(' ')}
            />
            <p className="gentle-hint" id={`${uid}-picture-gentle`} aria-live="polite">
              {hint?.message ?? ''}
            </p>
            <FieldError id={errId('picture.text')} messages={errorsFor('picture.text')} />
          </div>
        </fieldset>
      </section>
    );
  } else if (step === SEASON) {
    body = (
      <section aria-labelledby={`${uid}-step-title`} className="step">
        <h2 id={`${uid}-step-title`} ref={stepHeading} tabIndex={-1}>
          A particular season?
        </h2>
        <p className="question">Is either of you going through something that shifts the balance for now?</p>
        <p className="hint">
          Temporary imbalance is part of caring for each other: illness, grief, a big change. What matters is whether
          imbalance is the resting state, which only repeated rounds can show.
        </p>
        <fieldset>
          <legend>This season</legend>
          <div className="choice-list">
            {SEASONS.map((k) => (
              <label key={k} className="choice">
                <input
                  type="radio"
                  name={`${uid}-season`}
                  value={k}
                  checked={draft.season.kind === k}
                  onChange={() => change({ ...draft, season: { ...draft.season, kind: k } })}
                />
                <span>{SEASON_WORDS[k]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor={`${uid}-season-note`}>A note about this season (optional)</label>
          <textarea
            id={`${uid}-season-note`}
            rows={3}
            maxLength={LIMITS.note}
            value={draft.season.note}
            onChange={(e) => change({ ...draft, season: { ...draft.season, note: e.target.value } })}
            aria-invalid={errorsFor('season.note') ? true : undefined}
            aria-describedby={errorsFor('season.note') ? errId('season.note') : undefined}
          />
          <FieldError id={errId('season.note')} messages={errorsFor('season.note')} />
        </div>
      </section>
    );
  } else {
    const stillMissing = missingFields(draft);
    body = (
      <section aria-labelledby={`${uid}-step-title`} className="step">
        <h2 id={`${uid}-step-title`} ref={stepHeading} tabIndex={-1}>
          Review and share
        </h2>
        <p>
          Here is everything you wrote. Once you share it, it is sealed for this round: {partnerName} sees none of it
          until they have shared theirs, and then you both see both.
        </p>
        <dl className="review">
          {DIMENSIONS.map((d, i) => {
            const v = draft.dimensions[d.key];
            return (
              <div key={d.key} className="review-item">
                <dt>{d.title}</dt>
                <dd>
                  <span>{v.score ? `${v.score} of 5: ${SCALE_WORDS[v.score]}` : 'Not answered yet'}</span>
                  {v.leans && <span>{LEANS_MINE[v.leans]}</span>}
                  {v.note && <span className="review-note">“{v.note}”</span>}
                  <button type="button" className="link-button" onClick={() => setStep(i)}>
                    Change<span className="visually-hidden"> {d.title}</span>
                  </button>
                </dd>
              </div>
            );
          })}
          <div className="review-item">
            <dt>Overall</dt>
            <dd>
              <span>{draft.overall ? `${draft.overall} of 5: ${SCALE_WORDS[draft.overall]}` : 'Not answered yet'}</span>
              {draft.picture.text && (
                <span className="review-note">
                  {PICTURE_WORDS[draft.picture.kind]}: “{draft.picture.text}”
                </span>
              )}
              <button type="button" className="link-button" onClick={() => setStep(OVERALL)}>
                Change<span className="visually-hidden"> overall</span>
              </button>
            </dd>
          </div>
          <div className="review-item">
            <dt>Season</dt>
            <dd>
              <span>{SEASON_WORDS[draft.season.kind]}</span>
              {draft.season.note && <span className="review-note">“{draft.season.note}”</span>}
              <button type="button" className="link-button" onClick={() => setStep(SEASON)}>
                Change<span className="visually-hidden"> season</span>
              </button>
            </dd>
          </div>
        </dl>
        {missing && missing.length > 0 && (
          <div className="form-error" role="alert">
            <p>A few answers are still needed:</p>
            <ul>
              {missing.map((path) => (
                <li key={path}>
                  <button type="button" className="link-button" onClick={() => setStep(stepForField(path))}>
                    {errorsFor(path)?.[0] ?? missingMessage(path)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {submitError && !(missing && missing.length > 0) && (
          <p className="form-error" role="alert">
            {submitError}
          </p>
        )}
        <button type="button" className="primary" onClick={submit} disabled={submitting} aria-describedby={`${uid}-submit-hint`}>
          {submitting ? 'Sharing…' : 'Share my side'}
        </button>
        <p className="hint" id={`${uid}-submit-hint`}>
          {stillMissing.length === 0 ? 'You can’t change your answers for this round after sharing.' : `${stillMissing.length} answer${stillMissing.length === 1 ? '' : 's'} still to give.`}
        </p>
      </section>
    );
  }

  return (
    <div className="rating">
      <div className="rating-top">
        <p className="partner-status" aria-live="polite">
          {partnerStatusWords(view.partner?.displayName, view.round.partnerStatus, view.partner !== null)}
        </p>
        <SaveIndicator state={saveState} />
      </div>
      {progress}
      {body}
      {step < REVIEW && (
        <div className="step-nav">
          {step > 0 && (
            <button type="button" onClick={() => setStep(step - 1)}>
              Back
            </button>
          )}
          <button type="button" className="primary" onClick={() => setStep(step + 1)}>
            {step === SEASON ? 'Review' : 'Next'}
          </button>
        </div>
      )}
      {step === REVIEW && (
        <div className="step-nav">
          <button type="button" onClick={() => setStep(SEASON)}>
            Back
          </button>
        </div>
      )}
    </div>
  );
}
