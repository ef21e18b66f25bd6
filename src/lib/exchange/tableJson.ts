import { rowsByKey, withSortedKeys, type TableName } from './tables';
import type { WorkspaceData } from '../../schemas/workspace';

// An array index (0 to 2^32 - 2) in its canonical spelling: objects list such keys first, in numeric order.
const ARRAY_INDEX = /^(?:0|[1-9][0-9]{0,9})$/;
const isArrayIndex = (key: string) => ARRAY_INDEX.test(key) && Number(key) <= 4_294_967_294;

/**
 * Gathers every key of the objects inside `value`. False when something inside is not a plain
 * object or array (a Date, a Map, an object without a prototype) or has a "__proto__" key: a key
 * list cannot write those the way a sorted copy does.
 */
function gatherKeys(value: unknown, keys: Set<string>): boolean {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      if (item !== null && typeof item === 'object' && !gatherKeys(item, keys)) return false;
    }
    return true;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key === '__proto__') return false;
    keys.add(key);
    const member = record[key];
    if (member !== null && typeof member === 'object' && !gatherKeys(member, keys)) return false;
  }
  return true;
}

/** Keys in the order an object built by assigning them in code-unit order lists them. */
function objectKeyOrder(keys: Set<string>): string[] {
  const indices: string[] = [];
  const names: string[] = [];
  for (const key of keys) (isArrayIndex(key) ? indices : names).push(key);
  indices.sort((a, b) => Number(a) - Number(b));
  names.sort();
  return [...indices, ...names];
}

/**
 * The JSON text of a list of rows with every object's keys in code-unit order and undefined
 * members dropped: the text JSON.stringify gives for the sorted copy `withSortedKeys` makes.
 * With a list of every key used, JSON.stringify writes each object's own keys in the list's order
 * and skips the rest (what an object inherits is a function, which JSON leaves out), so the
 * rows are written without copying every object first.
 */
export function sortedKeysJson(rows: readonly unknown[]): string {
  const keys = new Set<string>();
  if (!gatherKeys(rows, keys)) return JSON.stringify(withSortedKeys(rows));
  return JSON.stringify(rows, objectKeyOrder(keys));
}

/** A table's rows as a file writes them: ordered by key, each with its keys sorted. */
export function tableJson<T extends TableName>(table: T, rows: readonly WorkspaceData[T][number][]): string {
  return sortedKeysJson(rowsByKey(table, rows));
}
