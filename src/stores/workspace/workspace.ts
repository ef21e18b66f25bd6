import { atom } from 'nanostores';
import { clearWorkspace, restoreWorkspace, workspaceCounts, type WorkspaceCounts } from '../../db/workspace';
import { liveFeed } from '../save/live';
import { attempt } from '../save/saveState';

export type { WorkspaceCounts };
export const $counts = atom<WorkspaceCounts | null>(null);
export const $workspaceMessage = atom<{ kind: 'ok' | 'error'; text: string } | null>(null);

const feed = liveFeed(
  [$counts],
  () => workspaceCounts(),
  (counts) => $counts.set(counts),
  (message) => $workspaceMessage.set({ kind: 'error', text: `Could not read the stored data: ${message}` }),
);

/** Reads what is stored and keeps the counts live (work done in another tab shows here). */
export async function refreshCounts(): Promise<void> {
  await feed.reload();
}

/** Reads the counts afresh: true only when nothing at all is stored (the sample may then load without asking). */
export async function workspaceIsEmpty(): Promise<boolean> {
  const counts = await workspaceCounts();
  return Object.values(counts).every((count) => count === 0);
}

// Under the base the portal is deployed at (astro.config.mjs), like every other fetch.
const SAMPLE_URL = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sample/workspace.json`;

/** Replaces the workspace with the sample; a sample that fails its schema changes nothing. */
export async function loadSample(fetcher: typeof fetch = fetch): Promise<boolean> {
  let body: unknown;
  try {
    const response = await fetcher(SAMPLE_URL);
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    body = await response.json();
  } catch (error) {
    $workspaceMessage.set({
      kind: 'error',
      text: `Could not read the sample workspace: ${error instanceof Error ? error.message : String(error)}`,
    });
    return false;
  }
  // The reader (and its validator) is fetched only when a file is read, so the page itself stays light.
  const { restore } = await import('../../lib/exchange/restore');
  const { describeProblem } = await import('../../lib/exchange/problems');
  const restored = await restore(body);
  if (!restored.ok) {
    $workspaceMessage.set({
      kind: 'error',
      text: `The sample workspace is not valid: ${restored.problems.slice(0, 5).map(describeProblem).join('; ')}`,
    });
    return false;
  }
  const done = (await attempt(() => restoreWorkspace(restored.data, restored.settings))).ok;
  if (done) $workspaceMessage.set({ kind: 'ok', text: 'The sample workspace is loaded. Open the assessment to explore it.' });
  await refreshCounts();
  return done === true;
}

export async function deleteEverything(): Promise<boolean> {
  const done = (await attempt(() => clearWorkspace())).ok;
  if (done) $workspaceMessage.set({ kind: 'ok', text: 'Everything stored by the portal in this browser has been deleted.' });
  await refreshCounts();
  return done === true;
}
