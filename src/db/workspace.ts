import type { WorkspaceData } from '../schemas/workspace';
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

export async function clearWorkspace(): Promise<void> {
  await replaceWorkspace({});
}
