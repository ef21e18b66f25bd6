import { PortalDb, useDb } from '../../../src/db/db';

/** Points the portal at a new, empty database of its own and returns it. */
export function useFreshDb(): PortalDb {
  const database = new PortalDb(`test-${crypto.randomUUID()}`);
  useDb(database);
  return database;
}
