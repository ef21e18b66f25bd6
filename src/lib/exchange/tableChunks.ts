import { withSortedKeys } from './sortedKeys';
import { sortKey, type TableName } from './tables';
import type { WorkspaceData } from '../../schemas/workspace';

type Row = WorkspaceData[TableName][number];

/**
 * Writes a table's JSON a chunk of rows at a time, while the rest is still being read. The
 * database hands rows over in the order of its own keys, which for most tables is the order a
 * file lists them in; as long as every row's key follows the one before, the chunks joined inside
 * brackets are exactly `tableJson` of all the rows. Once a row comes out of order (a history,
 * listed by lineage and sequence; keys of two parts), nothing more is written and the table is
 * written whole, once it is all read.
 */
export class TableChunks {
  readonly #table: TableName;
  #last: string | undefined;
  #rows = 0;
  #inOrder = true;

  constructor(table: TableName) {
    this.#table = table;
  }

  /** False once rows came out of the order a file lists them in. */
  get inOrder(): boolean {
    return this.#inOrder;
  }

  /** The JSON of `rows` to follow the rows before (no brackets), or null once out of order. */
  add(rows: readonly Row[]): string | null {
    if (!this.#inOrder) return null;
    for (const row of rows) {
      const key = sortKey(this.#table, row);
      if (this.#last !== undefined && key < this.#last) {
        this.#inOrder = false;
        return null;
      }
      this.#last = key;
    }
    if (rows.length === 0) return '';
    const inner = JSON.stringify(withSortedKeys(rows)).slice(1, -1);
    const text = this.#rows === 0 ? inner : `,${inner}`;
    this.#rows += rows.length;
    return text;
  }
}
