import { map, type ReadableAtom } from 'nanostores';
import { attempt, noteUnsaved, registerRetry } from './saveState';

interface AutosaveOptions<T, P> {
  /** A name for the kind of record, to keep keys of different autosaves apart. */
  name: string;
  /** Applies a patch to a record (or to nothing stored yet) the same way storage does. */
  apply: (record: T | undefined, patch: P, key: string) => T | undefined;
  /** Writes the patch on top of the latest stored record in one transaction and returns the result. */
  write: (key: string, patch: P) => Promise<T>;
  /** When a record was last changed, to tell which of two versions is newer. */
  stamp: (record: T) => string;
  /** Folds a later patch into an earlier one; a shallow merge unless told otherwise. */
  merge?: (earlier: P, later: P) => P;
}

interface Entry<T, P> {
  /** Changes not yet handed to storage. */
  pending?: P | undefined;
  /** The change being written now. */
  writing?: P | undefined;
  /** The record as the last successful write stored it, until the live query catches up. */
  stored?: T | undefined;
  failed?: boolean;
}

interface Autosave<T, P> {
  /** Changes per key; read it (useStore or computed) so the screen follows. */
  $entries: ReadableAtom<Record<string, Entry<T, P> | undefined>>;
  /** Shows a change at once and stores it; resolves true once it (and any joined change) is stored. */
  save: (key: string, patch: P) => Promise<boolean>;
  /** The record as the screen should show it: newest stored version with every unsaved change on top. */
  shown: (key: string, live: T | undefined, entries?: Record<string, Entry<T, P> | undefined>) => T | undefined;
  /** The changes still on their way to storage for a key (written or waiting), or undefined. */
  unsaved: (key: string) => P | undefined;
  /** Resolves once no write is in flight or waiting (failed changes stay). */
  idle: () => Promise<void>;
  /** Writes the changes whose write failed again. */
  retry: () => Promise<boolean>;
  /** Forgets everything, e.g. when another record is opened. */
  reset: () => void;
}

/**
 * The one autosave of the portal, for records edited field by field and keystroke by keystroke.
 *
 * - A change is a patch, and storage applies it to the latest stored record inside the write's
 *   transaction, so edits made meanwhile in another tab to other fields are kept.
 * - While one write for a key is in flight, later patches join into one, so fast typing gives a
 *   few writes, in order, never hundreds.
 * - What is shown is the newest of the live record and the last stored one, with unsaved patches
 *   on top: a live update from another tab never overwrites a field that is still being typed.
 * - A failed write keeps its patch on screen and in the queue; the next change or "Try again"
 *   writes it, and until then the save indicator says it is not saved.
 */
export function autosave<T, P extends object>(options: AutosaveOptions<T, P>): Autosave<T, P> {
  const merge = options.merge ?? ((earlier: P, later: P): P => ({ ...earlier, ...later }));
  const join = (earlier: P | undefined, later: P | undefined): P | undefined =>
    earlier === undefined ? later : later === undefined ? earlier : merge(earlier, later);
  const $entries = map<Record<string, Entry<T, P> | undefined>>({});
  const running = new Map<string, Promise<boolean>>();
  const entry = (key: string): Entry<T, P> => $entries.get()[key] ?? {};
  const unsavedKey = (key: string): string => `${options.name}:${key}`;

  async function run(key: string): Promise<boolean> {
    try {
      for (;;) {
        const patch = entry(key).pending;
        if (patch === undefined) return true;
        $entries.setKey(key, { ...entry(key), pending: undefined, writing: patch });
        const outcome = await attempt(() => options.write(key, patch));
        const now = entry(key);
        if (!outcome.ok) {
          $entries.setKey(key, { ...now, writing: undefined, pending: join(patch, now.pending), failed: true });
          noteUnsaved(unsavedKey(key), outcome.message);
          return false;
        }
        $entries.setKey(key, { ...now, writing: undefined, stored: outcome.value, failed: false });
        if (now.failed) noteUnsaved(unsavedKey(key), null);
      }
    } finally {
      // Synchronously, before the promise settles: a change made right after must start a new run.
      running.delete(key);
    }
  }

  function flush(key: string): Promise<boolean> {
    const current = running.get(key);
    if (current) return current;
    const started = run(key);
    if (entry(key).writing !== undefined) running.set(key, started);
    return started;
  }

  const api: Autosave<T, P> = {
    $entries,
    save(key, patch) {
      $entries.setKey(key, { ...entry(key), pending: join(entry(key).pending, patch) });
      return flush(key);
    },
    shown(key, live, entries = $entries.get()) {
      const item = entries[key];
      if (!item) return live;
      const base = item.stored && (!live || options.stamp(item.stored) > options.stamp(live)) ? item.stored : live;
      const patch = join(item.writing, item.pending);
      return patch === undefined ? base : options.apply(base, patch, key);
    },
    unsaved(key) {
      const item = $entries.get()[key];
      return item ? join(item.writing, item.pending) : undefined;
    },
    async idle() {
      while (running.size > 0) await Promise.all(running.values());
    },
    async retry() {
      const failed = Object.entries($entries.get()).filter(([, item]) => item?.failed && item.pending !== undefined);
      const results = await Promise.all(failed.map(([key]) => flush(key)));
      return results.every(Boolean);
    },
    reset() {
      for (const key of Object.keys($entries.get())) noteUnsaved(unsavedKey(key), null);
      $entries.set({});
    },
  };
  registerRetry(api.retry);
  return api;
}
