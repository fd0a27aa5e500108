// The other person's name, also before they joined or when the reflection is solo: the view names only
// participants, so the name given at creation comes from this person's summary.
import { useEffect, useState } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import { api } from '../api';
import { rememberedInvite } from './invites';
import type { Kind, RelationshipView } from '../types';

/** Who the other person is when no name is known: "your partner", "your friend"… */
const who = (intl: IntlShape, kind: Kind): string => intl.formatMessage({ id: 'relationship.otherName.who' }, { kind });

export function otherName(intl: IntlShape, view: RelationshipView, summaryName: string | null | undefined): string {
  return view.partner?.displayName || summaryName?.trim() || rememberedInvite(view.relationshipId)?.partnerName || who(intl, view.kind);
}

export function useOtherName(view: RelationshipView | null): string {
  const intl = useIntl();
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
  return view ? otherName(intl, view, summaryName) : '';
}
