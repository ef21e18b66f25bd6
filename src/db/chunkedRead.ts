import Dexie, { type Transaction } from 'dexie';

/** Rows per request when a table is read a chunk at a time. */
export const CHUNK_ROWS = 2_000;

function getAll(store: IDBObjectStore, after: IDBValidKey | undefined): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = store.getAll(after === undefined ? null : IDBKeyRange.lowerBound(after, true), CHUNK_ROWS);
    request.onsuccess = () => resolve(request.result as unknown[]);
    request.onerror = () => reject(request.error ?? new Error(`Could not read ${store.name}`));
  });
}

/**
 * A table's rows in the order of its primary key, asked of IndexedDB itself a chunk at a time
 * inside the Dexie transaction `trans` (for an export, Dexie's own reading costs more than the
 * rows' copying): the next chunk is asked for before `each` runs on the one just read, so the
 * reading goes on meanwhile. Each request is made while the transaction is still active (in the
 * success of the one before), so the transaction holds until the last chunk is read.
 */
export async function rowsInChunks(trans: Transaction, table: string, each: (rows: unknown[]) => void): Promise<unknown[]> {
  const store = trans.idbtrans.objectStore(table);
  const keyPath = store.keyPath ?? '';
  const parts: unknown[][] = [];
  let chunk = await getAll(store, undefined);
  for (;;) {
    const last = chunk.length === CHUNK_ROWS ? chunk[chunk.length - 1] : undefined;
    const next = last === undefined ? undefined : getAll(store, Dexie.getByKeyPath(last as object, keyPath) as IDBValidKey);
    // Should `each` throw, the transaction aborts and the chunk asked for is of no interest.
    next?.catch(() => undefined);
    parts.push(chunk);
    each(chunk);
    if (!next) return parts.length === 1 ? chunk : parts.flat();
    chunk = await next;
  }
}
