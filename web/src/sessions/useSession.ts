// One session, loaded and kept live over the hub: statuses as they change, releases as they happen.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { ApiError } from '../api';
import { live } from '../hub';
import type { Applied } from '../relationship/liveView';
import { applyPairRevealed, applyPairStatusChanged, preferSession } from './board';
import { sessionApi } from './sessionApi';
import type { PairRevealedEvent, SessionView } from './types';

export function useSession(id: string, onPairRevealed?: (e: PairRevealedEvent) => void) {
  const [view, setViewState] = useState<SessionView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const viewRef = useRef<SessionView | null>(null);
  const revealedRef = useRef(onPairRevealed);
  useLayoutEffect(() => {
    revealedRef.current = onPairRevealed;
  });

  const setView = useCallback((incoming: SessionView) => {
    const next = preferSession(viewRef.current, incoming);
    viewRef.current = next;
    setViewState(next);
  }, []);

  const refetch = useCallback(() => {
    sessionApi.get(id).then(setView, (e) => {
      if (!viewRef.current) setError(e);
    });
  }, [id, setView]);

  useEffect(() => {
    refetch();
    const apply = (result: Applied<SessionView>) => {
      if (result.kind === 'updated') setView(result.value);
      else if (result.kind === 'refetch') refetch();
    };
    return live.watchSession(id, {
      onView: setView,
      onSessionChanged: refetch,
      onPairStatusChanged: (e) => (viewRef.current ? apply(applyPairStatusChanged(viewRef.current, e)) : refetch()),
      // The shared screen moved: its statuses and step come from the session itself, fetched again.
      onRoomStepped: refetch,
      onPairRevealed: (e) => {
        if (viewRef.current) apply(applyPairRevealed(viewRef.current, e));
        else refetch();
        revealedRef.current?.(e);
      },
      onError: (e) => {
        // A hub refusal means "not yours"; the HTTP call says so in words. Connection errors retry by themselves.
        if (!viewRef.current && !(e instanceof ApiError)) refetch();
      },
    });
  }, [id, refetch, setView]);

  return { view, error, setView, refetch };
}
