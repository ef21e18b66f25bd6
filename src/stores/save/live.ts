import { atom, onMount, type ReadableAtom } from 'nanostores';
import { describeStorageError } from '../../db/errors';
import { watchQuery } from '../../db/live';
import { localWrites } from './saveState';

/** What a live store holds: the latest result of its query, or why there is none yet. */
export type Live<T> = { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'error'; message: string };

const always = atom<null>(null);

/**
 * The one bridge between Dexie's `liveQuery` and nanostores. The query starts when the store is
 * first watched and stops once nobody watches it (nanostores' `onMount`), and it runs again on
 * every change to what it read, from this tab or another, so every page stays true to storage.
 *
 * With `params`, the query is run for the current value and started afresh whenever a new value
 * is set (compared by identity, so setting an equal new object reloads on purpose).
 *
 * An error after a first result keeps that result on screen: a storage problem that comes later
 * (e.g. a newer portal closing this connection) is reported by the next write, not by blanking
 * the page under the person's hands.
 */
export function liveStore<T, P = null>(
  query: (params: P) => Promise<T>,
  params: ReadableAtom<P> = always as unknown as ReadableAtom<P>,
): ReadableAtom<Live<T>> {
  const $store = atom<Live<T>>({ kind: 'loading' });
  let loadedFor: { params: P } | null = null;
  onMount($store, () => {
    let stop = (): void => undefined;
    const watch = (value: P): void => {
      stop();
      // A result read before this tab's latest write may be older than what an action has just
      // put on screen after that write: read again instead of showing it.
      let startedAt = localWrites();
      stop = watchQuery(
        () => {
          startedAt = localWrites();
          return query(value);
        },
        (result) => {
          if (startedAt !== localWrites()) watch(value);
          else $store.set({ kind: 'ready', value: result });
        },
        (error) => {
          if ($store.get().kind !== 'ready') $store.set({ kind: 'error', message: describeStorageError(error) });
        },
      );
    };
    const unbind = params.subscribe((value) => {
      if (loadedFor?.params !== value) $store.set({ kind: 'loading' });
      loadedFor = { params: value };
      watch(value);
    });
    return () => {
      unbind();
      stop();
    };
  });
  return $store;
}

/** Resolves with the store's first settled state (ready or error), watching it until then. */
export function settled<T>($store: ReadableAtom<Live<T>>): Promise<Live<T>> {
  return new Promise((resolve) => {
    let unbind: (() => void) | null = null;
    let done = false;
    unbind = $store.subscribe((state) => {
      if (state.kind === 'loading' || done) return;
      done = true;
      resolve(state);
      unbind?.();
    });
    if (done) unbind();
  });
}

interface LiveFeed {
  /** Reads afresh and resolves once the first result (or error) has been handed on. */
  reload: () => Promise<void>;
}

/**
 * For pages whose state lives in several writable atoms that actions also update at once after a
 * write: while any of `targets` is watched, every result of the live query is handed to `next`
 * (and a failure to `fail`), so a change made in another tab reaches them within a moment.
 */
export function liveFeed<T>(
  targets: readonly ReadableAtom<unknown>[],
  query: () => Promise<T>,
  next: (value: T) => void,
  fail: (message: string) => void,
): LiveFeed {
  const $round = atom<object>({});
  const $live = liveStore(() => query(), $round);
  let watchers = 0;
  let stop: (() => void) | null = null;
  const start = (): void => {
    watchers += 1;
    // Only results read from now on: a result kept from an earlier watch may be older than what
    // the actions have put in the atoms since.
    stop ??= $live.listen((state) => {
      if (state.kind === 'ready') next(state.value);
      else if (state.kind === 'error') fail(state.message);
    });
  };
  const end = (): void => {
    watchers -= 1;
    if (watchers === 0 && stop) {
      stop();
      stop = null;
    }
  };
  for (const target of targets)
    onMount(target, () => {
      start();
      return end;
    });
  return {
    async reload() {
      $round.set({});
      start();
      await settled($live);
      end();
    },
  };
}
