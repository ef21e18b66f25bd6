import type { WorkspaceData } from '../schemas/workspace';
import { getMeta } from './meta';
import { readWorkspace } from './workspace';

export interface WatchedWorkspace {
  data: WorkspaceData;
  /** Settings kept in `meta` that reports read, by key. */
  meta: Record<string, unknown>;
}

/** The whole workspace with some settings from `meta`, read together (for a live store). */
export async function readWatchedWorkspace(metaKeys: readonly string[]): Promise<WatchedWorkspace> {
  const [data, ...values] = await Promise.all([readWorkspace(), ...metaKeys.map((key) => getMeta(key))]);
  return { data, meta: Object.fromEntries(metaKeys.map((key, index) => [key, values[index]])) };
}
