// Everything this app keeps in the browser starts with this prefix: the key, local draft copies, the step a
// round was at, remembered invites, the guided start's choices. Clearing them all leaves nothing of a person here.
export const APP_PREFIX = 'reciprocity.';

function keysOf(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k !== null && k.startsWith(APP_PREFIX)) keys.push(k);
  }
  return keys;
}

const browserStorages = (): Storage[] => [safe(() => localStorage), safe(() => sessionStorage)].filter((s): s is Storage => s !== null);

/** Removes every key of this app from both storages, except those listed in `keep`. */
export function clearAppState(keep: readonly string[] = [], storages: Storage[] = browserStorages()): void {
  removeWhere((k) => !keep.includes(k), storages);
}

/** Removes what this browser kept about one relationship (draft copies, the step, the invite), once it is left. */
export function forgetRelationship(relationshipId: string, storages: Storage[] = browserStorages()): void {
  removeWhere((k) => k.split('.').includes(relationshipId), storages);
}

function removeWhere(remove: (key: string) => boolean, storages: Storage[]): void {
  for (const storage of storages) {
    try {
      for (const k of keysOf(storage)) if (remove(k)) storage.removeItem(k);
    } catch {
      /* storage blocked: nothing of ours is there */
    }
  }
}

function safe(get: () => Storage): Storage | null {
  try {
    return get();
  } catch {
    return null;
  }
}
