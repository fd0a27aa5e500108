// The other person's name, also before they joined or when the reflection is solo: the view names only
// participants, so the name given at creation comes from this person's summary.
import { useEffect, useState } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import { api } from '../api';
import { rememberedInvite } from './invites';
import type { Kind, RelationshipView } from '../types';

/** Who the other person is when no name is known: "your partner", "your friend"… */
const who = (intl: IntlShape, kind: Kind): string => intl.formatMessage({ id: 'relationship.otherName.who' }, { kind });

/**
 * The words the host keeps in place of a name nobody may keep any more (after a leave, or a facilitator's deletion,
 * `Departures.KnownAs`): English descriptions, not names, so they read as no name and are worded in the reader's
 * language like any missing name.
 */
// eslint-disable-next-line local/no-prose-literal -- the host's stored markers: matched here, never shown
const STAND_INS = new Set(['Your partner', 'Your close friend', 'Your family member', 'The other person']);
const aName = (name: string | null | undefined): string | undefined => {
  const trimmed = name?.trim();
  return trimmed && !STAND_INS.has(trimmed) ? trimmed : undefined;
};

export function otherName(intl: IntlShape, view: RelationshipView, summaryName: string | null | undefined): string {
  return aName(view.partner?.displayName) ?? aName(summaryName) ?? aName(rememberedInvite(view.relationshipId)?.partnerName) ?? who(intl, view.kind);
}

/** Whether the words `otherName` gave are a person's name, not the reader's words for who they are. */
export const isNamed = (intl: IntlShape, view: RelationshipView, name: string): boolean => name !== who(intl, view.kind);

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
