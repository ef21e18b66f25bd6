import { track } from './saveState';

const waiting = new Map<string, () => Promise<unknown>>();
const running = new Set<string>();

/**
 * Autosave for records edited keystroke by keystroke: while a write for `key` is in flight only
 * the newest waiting version is written next, so fast typing never queues hundreds of writes and
 * never stores an older version after a newer one.
 */
export async function coalescedWrite(key: string, write: () => Promise<unknown>): Promise<void> {
  waiting.set(key, write);
  if (running.has(key)) return;
  running.add(key);
  try {
    for (let next = waiting.get(key); next; next = waiting.get(key)) {
      waiting.delete(key);
      await track(next);
    }
  } finally {
    running.delete(key);
  }
}
