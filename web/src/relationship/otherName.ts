// The other person's name, also before they joined or when the reflection is solo: the view names only
// participants, so the name given at creation comes from this person's summary.
import { useEffect, useState } from 'react';
import { api } from '../api';
import { rememberedInvite } from './invites';
import type { Kind, RelationshipView } from '../types';

const WHO: Record<Kind, string> = {
  partner: 'your partner',
  closeFriend: 'your friend',
  familyMember: 'your family member',
  other: 'the other person',
};

export function otherName(view: RelationshipView, summaryName: string | null | undefined): string {
  return view.partner?.displayName || summaryName?.trim() || rememberedInvite(view.relationshipId)?.partnerName || WHO[view.kind];
}

export function useOtherName(view: RelationshipView | null): string {
  const [summaryName, setSummaryName] = useState<string | null>(null);
  const id = view?.relationshipId;
  const joined = !!view?.partner;
  useEffect(() => {
    if (!id || joined) return;
    let alive = true;
    api.me().then(
      (me) => alive && setSummaryName(me.relationships.find((r) => r.relationshipId === id)?.partnerName ?? null),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [id, joined]);
  return view ? otherName(view, summaryName) : '';
}
