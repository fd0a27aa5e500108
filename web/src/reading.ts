// The reading across relationships, in words and positions: where the person mostly gives, mostly receives,
// or feels it flows both ways. No totals, no ranking: relationships stay in the order they were started.
import { checkInName, DIMENSIONS, KIND_WORDS, SCALE_WORDS } from './method';
import { isLow } from './perspective';
import type { DimensionKey, Flow, Reading, ReadingRelationship } from './types';

export const nameOf = (r: ReadingRelationship): string => r.partnerName?.trim() || r.label.trim() || KIND_WORDS[r.kind];

/** What a relationship's reading rests on, in one sentence. */
export function basedOnWords(r: ReadingRelationship): string {
  const name = nameOf(r);
  if (r.basedOn === 'none') return `Nothing finished here yet: once you have rated ${name}, it appears here.`;
  if (r.basedOn === 'submitted') return `From what you wrote in your ${checkInName(r.roundNumber ?? 1)}, not opened yet.`;
  if (r.solo) return `From your own reflection, ${checkInName(r.roundNumber ?? 1)}.`;
  return `From your ${checkInName(r.roundNumber ?? 1)}, opened with ${name}.`;
}

export const overallWords = (overall: number | null): string | null =>
  overall === null ? null : `Overall it feels ${SCALE_WORDS[overall].toLowerCase()}.`;

/** Where one kind of flow shows up: per relationship, the dimensions (method order) where the person feels it. */
export interface FlowPlace {
  relationshipId: string;
  name: string;
  dimensions: string[];
}

export const FLOWS_ACROSS: readonly Exclude<Flow, 'notNamed'>[] = ['mostlyGive', 'mostlyReceive', 'bothWays'];

export const FLOW_HEADINGS: Record<Exclude<Flow, 'notNamed'>, string> = {
  mostlyGive: 'Where you mostly give',
  mostlyReceive: 'Where you mostly receive',
  bothWays: 'Where it flows both ways',
};

export function placesOf(reading: Reading, flow: Flow): FlowPlace[] {
  return reading.relationships.flatMap((r) => {
    const dimensions = DIMENSIONS.filter((d) => r.dimensions[d.key as DimensionKey]?.mine === flow).map((d) => d.title);
    return dimensions.length ? [{ relationshipId: r.relationshipId, name: nameOf(r), dimensions }] : [];
  });
}

/** Relationships at 1 or 2 overall: the ones whose picture matters most now. */
export const lowRelationships = (reading: Reading): ReadingRelationship[] => reading.relationships.filter((r) => isLow(r.overall));

/** "reaching out, depth and upkeep" */
export function listWords(items: string[]): string {
  const lower = items.map((s) => s.toLowerCase());
  return lower.length <= 1 ? (lower[0] ?? '') : `${lower.slice(0, -1).join(', ')} and ${lower[lower.length - 1]}`;
}
