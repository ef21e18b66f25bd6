import { atom } from 'nanostores';
import { describeStorageError } from '../../db/errors';

type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'error'; message: string; retry: boolean };

/** What the save indicator shows: every write in the portal goes through `attempt`. */
export const $saveState = atom<SaveState>({ kind: 'idle' });

type Attempt<T> = { ok: true; value: T } | { ok: false; error: unknown; message: string };

let inFlight = 0;
let writes = 0;

/** How many writes this tab has completed: live stores use it to tell a result read before one. */
export function localWrites(): number {
  return writes;
}

// The first failure among writes that overlap; a new batch of writes starts with a clean slate,
// so a storage problem that has passed no longer shows once later writes succeed.
let failure: string | null = null;
// Changes still on screen because their write failed, by autosave key: while any is left, the
// indicator keeps saying so, even when an unrelated write succeeds meanwhile.
const unsaved = new Map<string, string>();
const retries = new Set<() => Promise<unknown>>();
const savedListeners = new Set<() => void>();

/** Runs `listener` after every successful write (e.g. to count changes since the last backup). */
export function onSaved(listener: () => void): () => void {
  savedListeners.add(listener);
  return () => savedListeners.delete(listener);
}

function settle(): void {
  if (inFlight > 0) return;
  const left = [...unsaved.values()][0];
  if (failure !== null) $saveState.set({ kind: 'error', message: failure, retry: unsaved.size > 0 });
  else if (left !== undefined) $saveState.set({ kind: 'error', message: left, retry: true });
  else $saveState.set({ kind: 'saved', at: new Date().toISOString() });
}

/**
 * Runs one write, keeps the save indicator up to date, and reports the outcome instead of
 * throwing; a failure carries the sentence a person can act on.
 */
export async function attempt<T>(write: () => Promise<T>): Promise<Attempt<T>> {
  if (inFlight === 0) failure = null;
  inFlight += 1;
  if (failure === null) $saveState.set({ kind: 'saving' });
  try {
    const value = await write();
    writes += 1;
    savedListeners.forEach((listener) => listener());
    return { ok: true, value };
  } catch (error) {
    const message = describeStorageError(error);
    failure ??= message;
    $saveState.set({ kind: 'error', message: failure, retry: unsaved.size > 0 });
    return { ok: false, error, message };
  } finally {
    inFlight -= 1;
    settle();
  }
}

/** Records that changes under `key` are on screen but not stored (message), or stored again (null). */
export function noteUnsaved(key: string, message: string | null): void {
  if (message === null && !unsaved.has(key)) return;
  if (message === null) unsaved.delete(key);
  else unsaved.set(key, message);
  settle();
}

/** True while some change is on screen that storage does not hold. */
export function hasUnsaved(): boolean {
  return unsaved.size > 0 || inFlight > 0;
}

/** Lets the save indicator offer "Try again" for changes whose write failed. */
export function registerRetry(retry: () => Promise<unknown>): void {
  retries.add(retry);
}

export async function retryUnsaved(): Promise<void> {
  await Promise.all([...retries].map((retry) => retry()));
}

/** For tests: forget every failure and unsaved change. */
export function resetSaveState(): void {
  inFlight = 0;
  failure = null;
  unsaved.clear();
  $saveState.set({ kind: 'idle' });
}
