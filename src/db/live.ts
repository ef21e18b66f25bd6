import { liveQuery } from 'dexie';

/**
 * Runs `query` now and again whenever a table it read changes, in this tab or in any other tab of
 * the same portal (Dexie tells the others through a BroadcastChannel). Returns a function that
 * stops watching. The query may only await Dexie calls: any other await would end its tracking.
 */
export function watchQuery<T>(query: () => Promise<T>, next: (value: T) => void, fail: (error: unknown) => void): () => void {
  // An async function, so Dexie follows the query across its awaits and watches every table it reads.
  const subscription = liveQuery(async () => await query()).subscribe({ next, error: fail });
  return () => subscription.unsubscribe();
}
