import { liveQuery } from 'dexie';
import type { WorkspaceData } from '../schemas/workspace';
import { getMeta } from './meta';
import { readWorkspace } from './workspace';

export interface WatchedWorkspace {
  data: WorkspaceData;
  /** Settings kept in `meta` that reports read, by key. */
  meta: Record<string, unknown>;
}

/**
 * Reads the whole workspace, and again whenever any of it changes, in this tab (an import on the
 * same page) or another. Returns the function that stops watching.
 */
export function watchWorkspace(
  metaKeys: readonly string[],
  onData: (watched: WatchedWorkspace) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(async () => {
    const [data, ...values] = await Promise.all([readWorkspace(), ...metaKeys.map((key) => getMeta(key))]);
    return { data, meta: Object.fromEntries(metaKeys.map((key, index) => [key, values[index]])) };
  }).subscribe({ next: onData, error: onError });
  return () => subscription.unsubscribe();
}
