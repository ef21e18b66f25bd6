import Dexie, { RangeSet, type Transaction } from 'dexie';

/**
 * Puts many rows with IndexedDB's own `put` inside the Dexie transaction `trans`, without
 * waiting for them. Dexie's bulkPut watches every request for a failure of its own (a handler
 * per row, then a result per row), which costs a fifth of a restore of tens of thousands of rows.
 * Here a failing row aborts the whole transaction instead: Dexie's transaction sees the error,
 * aborts and rejects, so nothing of the write is kept. The transaction commits only once every
 * request has succeeded. A row the database cannot key or copy throws at once, with the same
 * effect. With `replace`, the table is emptied first, in the same transaction.
 */
export function putRows(trans: Transaction, table: string, rows: readonly unknown[], { replace = false } = {}): void {
  if (rows.length === 0 && !replace) return;
  const store = trans.idbtrans.objectStore(table);
  // Requests run in the order they are made, so the table is empty before the first row goes in.
  if (replace) store.clear();
  for (const row of rows) store.put(row);
}

/**
 * Tells every live query of this tab and of the portal's other tabs that `tables` may have
 * changed anywhere (every key of every index), once the transaction that wrote them with
 * `putRows` has committed: those writes went past Dexie, which would otherwise only know of
 * what it wrote itself.
 */
export function announceWritten(database: Dexie, tables: readonly string[]): void {
  if (tables.length === 0) return;
  const parts: Record<string, RangeSet> = {};
  for (const name of tables) {
    const indexes = ['', ':dels', ...database.table(name).schema.indexes.map((index) => index.name)];
    for (const index of indexes) parts[`idb://${database.name}/${name}/${index}`] = new RangeSet(Dexie.minKey, Dexie.maxKey);
  }
  Dexie.on('storagemutated').fire(parts);
}
