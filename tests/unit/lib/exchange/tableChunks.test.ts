import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TableChunks } from '../../../../src/lib/exchange/tableChunks';
import { rowsByKey, tableJson, tableNames, type TableName } from '../../../../src/lib/exchange/tables';
import type { WorkspaceData } from '../../../../src/schemas/workspace';
import { workspaceArbitrary } from './arbitraries';
import { largeWorkspace } from './mergeFixture';

type Row = WorkspaceData[TableName][number];

/**
 * The table written chunk by chunk, with an empty chunk first and last (the reader's last request
 * finds nothing when a table ends on a chunk boundary): its JSON, or null once out of order.
 */
function written(table: TableName, rows: readonly Row[], sizes: readonly number[]): string | null {
  const chunks = new TableChunks(table);
  const pieces: (string | null)[] = [chunks.add([])];
  for (let start = 0, index = 0; start < rows.length; index += 1) {
    const size = sizes[index % sizes.length] ?? 1;
    pieces.push(chunks.add(rows.slice(start, start + size)));
    start += size;
  }
  pieces.push(chunks.add([]));
  return chunks.inOrder ? `[${pieces.join('')}]` : null;
}

describe('TableChunks', () => {
  it('writes rows read in the order of the file, in chunks of any size, as tableJson of all of them', () => {
    fc.assert(
      fc.property(
        workspaceArbitrary,
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }),
        ({ data }, sizes) => {
          for (const table of tableNames) {
            const rows = rowsByKey(table, data[table]);
            expect(written(table, rows, sizes)).toBe(tableJson(table, rows));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes nothing more once a row comes out of order, so the table is written whole instead', () => {
    const data = largeWorkspace();
    const answers = [...data.answers].sort((a, b) =>
      a.assessmentId === b.assessmentId ? (a.capabilityId < b.capabilityId ? -1 : 1) : a.assessmentId < b.assessmentId ? -1 : 1,
    );
    // Ordered by the database's two-part key, "a0-b" comes after "a0", which the file lists first.
    expect(written('answers', answers, [500])).toBeNull();
    const chunks = new TableChunks('useCases');
    const reversed = rowsByKey('useCases', data.useCases).reverse();
    expect(chunks.add(reversed.slice(0, 1))).not.toBeNull();
    expect(chunks.add(reversed.slice(1, 2))).toBeNull();
    expect(chunks.add(reversed.slice(2))).toBeNull();
    expect(chunks.inOrder).toBe(false);
  });
});
