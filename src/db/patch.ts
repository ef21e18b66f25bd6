import type { Table } from 'dexie';
import { nowIso } from '../lib/ids';
import { db } from './db';
import { MissingRecordError } from './errors';

/**
 * Reads the latest stored record and writes `apply`'s result in one transaction, so a change made
 * meanwhile in another tab to another field is kept. `what` names the record when it is gone.
 */
export async function patchRecord<T extends Insert, Insert>(
  table: Table<T, string, Insert>,
  id: string,
  what: string,
  apply: (current: T, at: string) => T,
): Promise<T> {
  return db().transaction('rw', table, async () => {
    const current = await table.get(id);
    if (current === undefined) throw new MissingRecordError(what);
    const next = apply(current, nowIso());
    await table.put(next);
    return next;
  });
}
