import type { AuditEntry } from '../../schemas/governance';
import type { WorkspaceSettings } from '../../schemas/report';
import type { WorkspaceData } from '../../schemas/workspace';
import { emptyWorkspaceData } from '../workspaceData';
import type { Decisions, MergeOutcome, MergePlan, PlanItem, Resolution } from './merge';
import { itemKey, itemsOf } from './mergeItems';
import { rewriteForCopy } from './mergeRewrite';
import { rowKey, tableNames } from './tables';

/*
 * The second half of a merge (see merge.ts for the rules): the plan and the person's decisions
 * become the rows to write.
 */

/** The resolution each item gets under the person's decisions (limited to the item's choices). */
export function resolutionOf(item: PlanItem, decisions: Decisions): Resolution {
  if (item.status !== 'conflict') return item.suggested;
  const wanted = decisions.byItem?.[item.key] ?? decisions.all ?? item.suggested;
  return item.choices.includes(wanted) ? wanted : item.choices.includes(item.suggested) ? item.suggested : 'keep-mine';
}

/** Turns a plan and the person's decisions into the rows to write. */
export function applyMerge(
  mine: WorkspaceData,
  theirs: WorkspaceData,
  plan: MergePlan,
  decisions: Decisions = {},
  settings: { mine: WorkspaceSettings; theirs: WorkspaceSettings } = { mine: {}, theirs: {} },
): MergeOutcome {
  const theirItems = itemsOf(theirs);
  const put = emptyWorkspaceData();
  const applied: Record<string, Resolution> = {};
  const taken = new Set(allIds(mine, theirs));
  const copies = new Map<string, string>();

  const resolutions = plan.items.map((item) => {
    const resolution = resolutionOf(item, decisions);
    if (item.status === 'conflict') applied[item.key] = resolution;
    return [item, resolution] as const;
  });
  // Copies get their new ids first, so every record written afterwards can point at them.
  for (const [item, resolution] of resolutions) {
    if (resolution !== 'keep-both' || item.status !== 'conflict') continue;
    const copyId = freshId(item.id, taken);
    taken.add(copyId);
    copies.set(item.key, copyId);
  }

  for (const [item, resolution] of resolutions) {
    const incoming = theirItems.get(item.key);
    if (!incoming || resolution === 'keep-mine') continue;
    if (item.status === 'unchanged') continue;
    const rows = rewriteForCopy(incoming, copies, item.status === 'added');
    for (const table of tableNames) {
      const list = rows[table] as unknown[] | undefined;
      if (!list || list.length === 0) continue;
      (put[table] as unknown[]).push(...(table === 'auditLog' ? newEntries(mine, list as AuditEntry[]) : list));
    }
  }

  const chosen = settings.theirs.weightProfileId;
  const nextSettings =
    settings.mine.weightProfileId === undefined && chosen !== undefined
      ? { ...settings.mine, weightProfileId: copies.get(itemKey('weightProfile', chosen)) ?? chosen }
      : null;
  return { put, settings: nextSettings, applied };
}

/** Only entries not stored yet are written: a stored entry is never overwritten. */
function newEntries(mine: WorkspaceData, entries: AuditEntry[]): AuditEntry[] {
  const stored = new Set(mine.auditLog.map((entry) => entry.id));
  return entries.filter((entry) => !stored.has(entry.id));
}

function allIds(mine: WorkspaceData, theirs: WorkspaceData): string[] {
  return [mine, theirs].flatMap((data) => tableNames.flatMap((table) => data[table].map((row) => rowKey(table, row))));
}

/** A new id derived from the old one, so the same merge always invents the same ids. */
export function freshId(id: string, taken: ReadonlySet<string>): string {
  const stem = id.slice(0, 52);
  for (let n = 1; ; n += 1) {
    const candidate = `${stem}-copy${n === 1 ? '' : n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
