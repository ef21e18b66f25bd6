import { atom } from 'nanostores';
import { describeStorageError } from '../db/errors';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; message: string };

/** What the save indicator shows: every write in the portal goes through `track`. */
export const $saveState = atom<SaveState>({ kind: 'idle' });

let inFlight = 0;

export async function track<T>(write: () => Promise<T>): Promise<T | undefined> {
  inFlight += 1;
  $saveState.set({ kind: 'saving' });
  try {
    const result = await write();
    inFlight -= 1;
    if (inFlight === 0 && $saveState.get().kind !== 'error') $saveState.set({ kind: 'saved', at: new Date().toISOString() });
    return result;
  } catch (error) {
    inFlight -= 1;
    $saveState.set({ kind: 'error', message: describeStorageError(error) });
    return undefined;
  }
}
