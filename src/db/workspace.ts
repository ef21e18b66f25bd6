import type { WorkspaceData } from '../schemas/workspace';
import type { WorkspaceSettings } from '../schemas/report';
import { settingsFromMeta, settingsMetaKeys } from '../lib/exchange/settings';
import { tableNames } from '../lib/exchange/tables';
import { db, type PortalDb } from './db';

/** The tables that make up a workspace, in the order of WorkspaceData. */
export const workspaceTables = tableNames satisfies readonly (keyof WorkspaceData & keyof PortalDb)[];

export type WorkspaceCounts = Record<(typeof workspaceTables)[number], number>;

const tablesOf = (database: PortalDb) => workspaceTables.map((name) => database[name]);

export async function workspaceCounts(): Promise<WorkspaceCounts> {
  const database = db();
  const counts = await Promise.all(tablesOf(database).map((table) => table.count()));
  return Object.fromEntries(workspaceTables.map((name, index) => [name, counts[index] ?? 0])) as WorkspaceCounts;
}

async function rowsInside(database: PortalDb): Promise<WorkspaceData> {
  const rows = await Promise.all(tablesOf(database).map((table) => table.toArray()));
  return Object.fromEntries(workspaceTables.map((name, index) => [name, rows[index] ?? []])) as unknown as WorkspaceData;
}

export async function readWorkspace(): Promise<WorkspaceData> {
  const database = db();
  return database.transaction('r', tablesOf(database), () => rowsInside(database));
}

// Each table takes its own entity type; the union of tables is too wide for TypeScript here.
type BulkTable = { bulkPut: (rows: unknown[]) => Promise<unknown> };

async function replaceInside(database: PortalDb, data: Partial<WorkspaceData>): Promise<void> {
  await Promise.all(tablesOf(database).map((table) => table.clear()));
  for (const name of workspaceTables) {
    const rows = data[name] ?? [];
    if (rows.length > 0) await (database[name] as unknown as BulkTable).bulkPut(rows);
  }
}

/** Replaces everything stored with `data`, in one transaction: on any failure nothing changes. */
export async function replaceWorkspace(data: Partial<WorkspaceData>): Promise<void> {
  const database = db();
  await database.transaction('rw', tablesOf(database), () => replaceInside(database, data));
}

const settingKeys = Object.values(settingsMetaKeys);

const settingsOf = (meta: ({ key: string; value: unknown } | undefined)[]): WorkspaceSettings =>
  settingsFromMeta(Object.fromEntries(meta.flatMap((record) => (record ? [[record.key, record.value]] : []))));

async function readInside(database: PortalDb): Promise<{ data: WorkspaceData; settings: WorkspaceSettings }> {
  const data = await rowsInside(database);
  return { data, settings: settingsOf(await database.meta.bulkGet(settingKeys)) };
}

/**
 * The whole workspace and its settings, read in one transaction so they belong together. Every
 * table is asked for at once; `each` runs on a table's rows as soon as they arrive, so work on
 * one table (writing an export) overlaps the reading of the others.
 */
export async function readWorkspaceEach<T>(
  each: (name: (typeof workspaceTables)[number], rows: unknown[]) => T,
): Promise<{ data: WorkspaceData; settings: WorkspaceSettings; made: Partial<Record<(typeof workspaceTables)[number], T>> }> {
  const database = db();
  return database.transaction('r', [...tablesOf(database), database.meta], async () => {
    const made: Partial<Record<(typeof workspaceTables)[number], T>> = {};
    const [rows, meta] = await Promise.all([
      Promise.all(
        tablesOf(database).map((table, index) =>
          table.toArray().then((list: unknown[]) => {
            const name = workspaceTables[index] as (typeof workspaceTables)[number];
            made[name] = each(name, list);
            return list;
          }),
        ),
      ),
      database.meta.bulkGet(settingKeys),
    ]);
    const data = Object.fromEntries(workspaceTables.map((name, index) => [name, rows[index] ?? []])) as unknown as WorkspaceData;
    return { data, settings: settingsOf(meta), made };
  });
}

/** The whole workspace and its settings, read in one transaction so they belong together. */
export async function readWorkspaceWithSettings(): Promise<{ data: WorkspaceData; settings: WorkspaceSettings }> {
  const { data, settings } = await readWorkspaceEach(() => undefined);
  return { data, settings };
}

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
    await replaceInside(database, data);
    await writeSettings(database, settings, true);
  });
}

/** What an import writes: rows to put, settings to store (null: leave them). */
interface ImportWrite {
  put: WorkspaceData;
  settings: WorkspaceSettings | null;
}

/**
 * Adds imported data in one transaction. `decide` runs inside it, on what is stored at that
 * moment, so a change made in another tab since the preview is merged rather than overwritten.
 */
export async function addToWorkspace<T extends ImportWrite>(
  decide: (current: { data: WorkspaceData; settings: WorkspaceSettings }) => T,
): Promise<T> {
  const database = db();
  return database.transaction('rw', [...tablesOf(database), database.meta], async () => {
    const write = decide(await readInside(database));
    for (const name of workspaceTables) {
      const list = write.put[name];
      if (list.length > 0) await (database[name] as unknown as BulkTable).bulkPut(list);
    }
    if (write.settings) await writeSettings(database, write.settings, false);
    return write;
  });
}

/** The reviews and their audit log, for checking every history after an import. */
export async function readGovernanceHistory(): Promise<Pick<WorkspaceData, 'reviews' | 'auditLog'>> {
  const database = db();
  return database.transaction('r', database.reviews, database.auditLog, async () => ({
    reviews: await database.reviews.toArray(),
    auditLog: await database.auditLog.toArray(),
  }));
}

export async function clearWorkspace(): Promise<void> {
  await replaceWorkspace({});
}
