// Owns a round's draft: saving within a second (DraftSaver), a copy on this device, and submitting.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { api, ApiError, friendlyError } from '../api';
import { clearLocalCopy, DraftSaver, mergeLocal, readLocalCopy, writeLocalCopy, type SaveState } from '../relationship/draftSaver';
import { missingFields, normalize, type LocalDraft, type TopField } from '../relationship/perspective';
import { storedKey } from '../identity';
import { navigate, pathFor } from '../router';
import { applyDraftSaved } from '../relationship/roundAnswer';
import { roundSteps } from '../relationship/roundSteps';
import { forgetStep } from '../relationship/steps';
import type { RelationshipView } from '../types';
import { draftProblemPaths, fieldMessages, validateDraft } from '../validation';

export interface Draft {
  draft: LocalDraft;
  saveState: SaveState;
  change: (next: LocalDraft) => void;
  /** Every message for one field: local checks, the server's, and "still needed" after a submit attempt. */
  errorsFor: (path: string) => string[] | undefined;
  /** Fields still needed, once a submit was tried. */
  missing: string[] | null;
  submit: () => Promise<void>;
  submitting: boolean;
  submitError: string | null;
  /** Before a first share: ask "do you feel safe sharing this?" (answered on this device only). */
  needsSafetyCheck: boolean;
  /** The answer "no": the draft becomes a private reflection of this person's; the other person is told nothing. */
  keepPrivate: () => Promise<void>;
  keepingPrivate: boolean;
}

/** A shared round, and no shared round of this person's opened yet: their first share in this relationship. */
export const isFirstShare = (view: RelationshipView): boolean =>
  view.round.solo !== true && view.solo !== true && view.partner?.left !== true && !view.history.some((h) => h.solo !== true);

function heldFields(d: LocalDraft): Set<TopField> {
  const held = new Set<TopField>();
  for (const path of draftProblemPaths(d)) held.add(path.split('.')[0] as TopField);
  return held;
}

export function useDraft(view: RelationshipView, onView: (v: RelationshipView) => void): Draft {
  const intl = useIntl();
  const id = view.relationshipId;
  const roundNo = view.round.number;
  const personId = view.me.personId;

  // The view as it is now: a save's statuses and a submit's answer are folded into it, not into the one at mount.
  const viewRef = useRef(view);
  const onViewRef = useRef(onView);
  useLayoutEffect(() => {
    viewRef.current = view;
    onViewRef.current = onView;
  });
  // Made once; its callbacks read the refs when a save answers, never while rendering.
  // eslint-disable-next-line react-hooks/refs
  const [saver] = useState(() => {
    const merged = mergeLocal(normalize(view.round.myDraft), readLocalCopy(personId, id, roundNo));
    // The words are this person's: they are saved as this person even if the browser has changed hands since.
    const author = storedKey() ?? undefined;
    return new DraftSaver(
      merged.draft,
      {
        send: (patch, keepalive) =>
          roundSteps.saveDraft(id, patch, { keepalive, as: author }).then(
            (saved) => {
              // Only the statuses move: the words on screen are the ones being typed.
              if (storedKey() !== (author ?? null)) return;
              const applied = applyDraftSaved(viewRef.current, saved);
              if (applied.kind === 'updated') onViewRef.current(applied.value);
              else if (applied.kind === 'refetch') void api.relationship(id).then((v) => onViewRef.current(v), () => undefined);
            },
            (e: unknown) => {
              // Someone else is in this browser now (or nobody): stop trying, as for a closed round.
              throw storedKey() === (author ?? null) ? e : new ApiError(409, { title: 'another person' });
            },
          ),
        // Only the person in the browser keeps a copy here: after a sign-out or a switch, nothing is written back.
        persist: (draft, dirty) => {
          if (storedKey() === (author ?? null)) writeLocalCopy(personId, id, roundNo, { draft, dirty });
        },
        held: heldFields,
      },
      merged.dirty,
    );
  });

  const [draft, setDraft] = useState<LocalDraft>(() => saver.current);
  const [saveState, setSaveState] = useState<SaveState>(() => saver.saveState);
  const [serverErrors, setServerErrors] = useState<Record<string, string[]>>({});
  const [missing, setMissing] = useState<string[] | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [keepingPrivate, setKeepingPrivate] = useState(false);

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

  const change = useCallback(
    (next: LocalDraft) => {
      setDraft(next);
      saver.update(next);
      setMissing((m) => (m ? missingFields(next) : m));
    },
    [saver],
  );

  const localErrors = validateDraft(draft, intl);
  const errorsFor = (path: string): string[] | undefined => fieldMessages(path, { local: localErrors, server: serverErrors, missing }, intl);

  async function submit() {
    setSubmitError(null);
    const stillMissing = missingFields(draft);
    setMissing(stillMissing);
    if (stillMissing.length > 0) return;
    setSubmitting(true);
    try {
      const settled = await saver.settle();
      if (settled.kind === 'invalid' || settled.kind === 'held') {
        setSubmitError(intl.formatMessage({ id: 'rating.useDraft.needsALook' }));
        return;
      }
      if (settled.kind === 'offline' || settled.kind === 'failed' || settled.kind === 'recovering') {
        setSubmitError(intl.formatMessage({ id: settled.kind === 'recovering' ? 'rating.useDraft.recovering' : 'rating.useDraft.offline' }));
        return;
      }
      const next = await roundSteps.submit(viewRef.current);
      clearLocalCopy(personId, id, roundNo);
      forgetStep(id, roundNo);
      onView(next);
    } catch (e) {
      if (e instanceof ApiError && e.status === 400) {
        setServerErrors(e.fieldErrors);
        const paths = Object.keys(e.fieldErrors);
        setMissing(paths.length ? paths : missingFields(draft));
        setSubmitError(intl.formatMessage({ id: 'rating.useDraft.stillNeeded' }));
      } else if (e instanceof ApiError && e.status === 409) {
        void api.relationship(id).then(onView, () => undefined);
      } else setSubmitError(friendlyError(e, intl));
    } finally {
      setSubmitting(false);
    }
  }

  async function keepPrivate() {
    setSubmitError(null);
    setKeepingPrivate(true);
    try {
      const settled = await saver.settle();
      if (settled.kind === 'offline' || settled.kind === 'failed' || settled.kind === 'recovering') {
        setSubmitError(intl.formatMessage({ id: 'rating.useDraft.offlineNothingShared' }));
        return;
      }
      const { reflectionId } = await api.keepPrivate(id);
      saver.dispose();
      clearLocalCopy(personId, id, roundNo);
      forgetStep(id, roundNo);
      navigate(pathFor.help(reflectionId), true);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        setSubmitError(intl.formatMessage({ id: 'rating.useDraft.movedOn' }));
        void api.relationship(id).then(onView, () => undefined);
      } else setSubmitError(intl.formatMessage({ id: 'rating.useDraft.nothingShared' }, { reason: friendlyError(e, intl) }));
    } finally {
      setKeepingPrivate(false);
    }
  }

  return {
    draft,
    saveState,
    change,
    errorsFor,
    missing,
    submit,
    submitting,
    submitError,
    needsSafetyCheck: isFirstShare(view),
    keepPrivate,
    keepingPrivate,
  };
}
