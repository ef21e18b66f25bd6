import type { WorkspaceData } from '../schemas/workspace';
import type { WorkspaceSettings } from '../schemas/report';
import { settingsFromMeta, settingsMetaKeys } from '../lib/exchange/settings';
import { db, type PortalDb } from './db';

/** The tables that make up a workspace, in the order of WorkspaceData. */
export const workspaceTables = [
  'assessments',
  'answers',
  'milestones',
  'useCases',
  'ratings',
  'weightProfiles',
  'reviews',
  'reviewAnswers',
  'auditLog',
  'templates',
] as const satisfies readonly (keyof WorkspaceData & keyof PortalDb)[];

export type WorkspaceCounts = Record<(typeof workspaceTables)[number], number>;

const tablesOf = (database: PortalDb) => workspaceTables.map((name) => database[name]);

export async function workspaceCounts(): Promise<WorkspaceCounts> {
  const database = db();
  const counts = await Promise.all(tablesOf(database).map((table) => table.count()));
  return Object.fromEntries(workspaceTables.map((name, index) => [name, counts[index] ?? 0])) as WorkspaceCounts;
}

export async function readWorkspace(): Promise<WorkspaceData> {
  const database = db();
  return database.transaction('r', tablesOf(database), async () => {
    const rows = await Promise.all(tablesOf(database).map((table) => table.toArray()));
    return Object.fromEntries(workspaceTables.map((name, index) => [name, rows[index] ?? []])) as unknown as WorkspaceData;
  });
}

/** Replaces everything stored with `data`, in one transaction: on any failure nothing changes. */
export async function replaceWorkspace(data: Partial<WorkspaceData>): Promise<void> {
  const database = db();
  await database.transaction('rw', tablesOf(database), async () => {
    await Promise.all(tablesOf(database).map((table) => table.clear()));
    for (const name of workspaceTables) {
      const rows = data[name] ?? [];
      // Each table takes its own entity type; the union of tables is too wide for TypeScript here.
      if (rows.length > 0) await (database[name] as unknown as { bulkPut: (rows: unknown[]) => Promise<unknown> }).bulkPut(rows);
    }
  });
}

const settingKeys = Object.values(settingsMetaKeys);

/** The whole workspace and its settings, read in one transaction so they belong together. */
export async function readWorkspaceWithSettings(): Promise<{ data: WorkspaceData; settings: WorkspaceSettings }> {
  const database = db();
  return database.transaction('r', [...tablesOf(database), database.meta], async () => {
    const rows = await Promise.all(tablesOf(database).map((table) => table.toArray()));
    const meta = await database.meta.bulkGet(settingKeys);
    const data = Object.fromEntries(workspaceTables.map((name, index) => [name, rows[index] ?? []])) as unknown as WorkspaceData;
    return {
      data,
      settings: settingsFromMeta(Object.fromEntries(meta.flatMap((record) => (record ? [[record.key, record.value]] : [])))),
    };
  });
}

type BulkTable = { bulkPut: (rows: unknown[]) => Promise<unknown>; bulkDelete: (keys: unknown[]) => Promise<unknown> };

async function writeSettings(database: PortalDb, settings: WorkspaceSettings, replace: boolean): Promise<void> {
  for (const [field, key] of Object.entries(settingsMetaKeys)) {
    const value = settings[field as keyof WorkspaceSettings];
    if (value !== undefined) await database.meta.put({ key, value });
    else if (replace) await database.meta.delete(key);
  }
}

/**
 * A backup restore: everything stored is replaced by `data` and its settings, in one
 * transaction (per-device settings such as the reviewer's name stay). On any failure nothing changes.
 */
export async function restoreWorkspace(data: WorkspaceData, settings: WorkspaceSettings): Promise<void> {
  const database = db();
  await database.transaction('rw', [...tablesOf(database), database.meta], async () => {
    await Promise.all(tablesOf(database).map((table) => table.clear()));
    for (const name of workspaceTables) {
      const rows = data[name];
      if (rows.length > 0) await (database[name] as unknown as BulkTable).bulkPut(rows);
    }
    await writeSettings(database, settings, true);
  });
}

/** Adds imported rows (and removes the answers "take theirs" replaced) in one transaction. */
export async function addToWorkspace(
  put: WorkspaceData,
  removeAnswers: readonly [string, string][],
  settings: WorkspaceSettings | null,
): Promise<void> {
  const database = db();
  await database.transaction('rw', [...tablesOf(database), database.meta], async () => {
    if (removeAnswers.length > 0) await database.answers.bulkDelete(removeAnswers.map(([a, c]) => [a, c] as [string, string]));
    for (const name of workspaceTables) {
      const rows = put[name];
      if (rows.length > 0) await (database[name] as unknown as BulkTable).bulkPut(rows);
    }
    if (settings) await writeSettings(database, settings, false);
  });
}

export async function clearWorkspace(): Promise<void> {
  await replaceWorkspace({});
}
