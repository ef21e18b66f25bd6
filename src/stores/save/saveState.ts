import { atom } from 'nanostores';
import { describeStorageError } from '../../db/errors';

export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'error'; message: string };

/** What the save indicator shows: every write in the portal goes through `attempt` or `track`. */
export const $saveState = atom<SaveState>({ kind: 'idle' });

export type Attempt<T> = { ok: true; value: T } | { ok: false; error: unknown };

let inFlight = 0;
// The first failure among writes that overlap; a new batch of writes starts with a clean slate,
// so a storage problem that has passed no longer shows once later writes succeed.
let failure: string | null = null;

/** Runs one write, keeps the save indicator up to date, and reports the outcome instead of throwing. */
export async function attempt<T>(write: () => Promise<T>): Promise<Attempt<T>> {
  if (inFlight === 0) failure = null;
  inFlight += 1;
  if (failure === null) $saveState.set({ kind: 'saving' });
  try {
    return { ok: true, value: await write() };
  } catch (error) {
    failure ??= describeStorageError(error);
    $saveState.set({ kind: 'error', message: failure });
    return { ok: false, error };
  } finally {
    inFlight -= 1;
    if (inFlight === 0 && failure === null) $saveState.set({ kind: 'saved', at: new Date().toISOString() });
  }
}

/** Like `attempt`, for callers that only need the value (undefined when the write failed). */
export async function track<T>(write: () => Promise<T>): Promise<T | undefined> {
  const outcome = await attempt(write);
  return outcome.ok ? outcome.value : undefined;
}
