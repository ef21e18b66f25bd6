import type { WorkspaceData } from '../schemas/workspace';
import type { WorkspaceSettings } from '../schemas/report';
import { settingsFromMeta, settingsMetaKeys } from '../lib/exchange/settings';
import { tableNames } from '../lib/exchange/tables';
import Dexie, { type IndexableType, type Table } from 'dexie';
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

const dataOf = (rows: unknown[][]): WorkspaceData =>
  Object.fromEntries(workspaceTables.map((name, index) => [name, rows[index] ?? []])) as unknown as WorkspaceData;

async function rowsInside(database: PortalDb): Promise<WorkspaceData> {
  return dataOf(await Promise.all(tablesOf(database).map((table) => table.toArray())));
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

type WorkspaceTable = (typeof workspaceTables)[number];
type ChunkTable = Table<unknown, IndexableType>;

/** Rows per request when a table is read a chunk at a time. */
const CHUNK_ROWS = 2_000;

/**
 * A table's rows in the order of its primary key, asked for a chunk at a time: the next chunk is
 * asked for before `each` runs on the one just read, so the reading goes on meanwhile.
 */
async function rowsInChunks(table: ChunkTable, each: (rows: unknown[]) => void): Promise<unknown[]> {
  const keyPath = table.schema.primKey.keyPath ?? '';
  let all: unknown[] = [];
  let chunk = await table.limit(CHUNK_ROWS).toArray();
  for (;;) {
    const last = chunk.length === CHUNK_ROWS ? chunk[chunk.length - 1] : undefined;
    const next =
      last === undefined
        ? undefined
        : table
            .where(':id')
            .above(Dexie.getByKeyPath(last as object, keyPath))
            .limit(CHUNK_ROWS)
            .toArray();
    // Should `each` throw, the transaction aborts and the chunk asked for is of no interest.
    next?.catch(() => undefined);
    all = all.length === 0 ? chunk : all.concat(chunk);
    each(chunk);
    if (!next) return all;
    chunk = await next;
  }
}

/**
 * The whole workspace and its settings, read in one transaction so they belong together, for an
 * export. Every table is read at once, a chunk at a time; `each` runs on a chunk as soon as it
 * arrives, so writing the file overlaps the reading of the rest.
 */
export async function readWorkspaceInChunks(
  each: (name: WorkspaceTable, rows: unknown[]) => void,
): Promise<{ data: WorkspaceData; settings: WorkspaceSettings }> {
  const database = db();
  return database.transaction('r', [...tablesOf(database), database.meta], async () => {
    const [rows, meta] = await Promise.all([
      Promise.all(
        workspaceTables.map((name) => rowsInChunks(database[name] as unknown as ChunkTable, (chunk) => each(name, chunk))),
      ),
      database.meta.bulkGet(settingKeys),
    ]);
    return { data: dataOf(rows), settings: settingsOf(meta) };
  });
}

/** The whole workspace and its settings, read in one transaction so they belong together. */
export async function readWorkspaceWithSettings(): Promise<{ data: WorkspaceData; settings: WorkspaceSettings }> {
  const database = db();
  return database.transaction('r', [...tablesOf(database), database.meta], async () => {
    const [data, meta] = await Promise.all([rowsInside(database), database.meta.bulkGet(settingKeys)]);
    return { data, settings: settingsOf(meta) };
  });
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
