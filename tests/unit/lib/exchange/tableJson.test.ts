import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedKeysJson, tableJson } from '../../../../src/lib/exchange/tableJson';
import { sortedData, tableNames, withSortedKeys } from '../../../../src/lib/exchange/tables';
import { workspaceArbitrary } from './arbitraries';
import { fixtureData } from './mergeFixture';

/** The text the file held before: JSON of a sorted copy. */
const copied = (rows: unknown[]) => JSON.stringify(withSortedKeys(rows));

// Keys that an object lists in a special order (array indices), that it inherits, or that set a prototype.
const awkwardKey = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'toJSON', '0', '1', '9', '10', '01', '-1', '1.5'),
  fc.constantFrom('4294967294', '4294967295', '99999999999', 'B', 'a', 'Z', 'é', '\u{1F4A5}'),
);

describe('sortedKeysJson', () => {
  it('writes the same text as JSON of a sorted copy, whatever the keys and values', () => {
    const value = fc.anything({
      key: awkwardKey,
      maxDepth: 4,
      withNullPrototype: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withBoxedValues: true,
      withObjectString: true,
    });
    fc.assert(
      fc.property(fc.array(value, { maxLength: 5 }), (rows) => {
        expect(sortedKeysJson(rows)).toBe(copied(rows));
      }),
      { numRuns: 2000 },
    );
  });

  it('lists array-index keys first, in numeric order, as an object built in sorted order does', () => {
    const rows = [{ b: 1, 10: 'ten', a: { z: 1, 2: 'two', y: undefined }, 9: 'nine', '01': 'not an index' }];
    expect(sortedKeysJson(rows)).toBe('[{"9":"nine","10":"ten","01":"not an index","a":{"2":"two","z":1},"b":1}]');
    expect(sortedKeysJson(rows)).toBe(copied(rows));
  });

  it('keeps a "__proto__" key as a plain key and never writes what an object inherits', () => {
    const withProto = JSON.parse('[{"__proto__":{"x":1},"b":2},{"b":3}]') as unknown[];
    expect(sortedKeysJson(withProto)).toBe('[{"__proto__":{"x":1},"b":2},{"b":3}]');
    expect(sortedKeysJson([{ constructor: 'c' }, { toString: 1 }, {}])).toBe('[{"constructor":"c"},{"toString":1},{}]');
  });
});

describe('tableJson', () => {
  it('writes each table as the sorted data of a file holds it, for generated workspaces', () => {
    fc.assert(
      fc.property(workspaceArbitrary, ({ data }) => {
        const sorted = sortedData(data);
        for (const table of tableNames) expect(tableJson(table, data[table])).toBe(JSON.stringify(sorted[table]));
      }),
      { numRuns: 300 },
    );
  });

  it('orders rows by key whatever order they were read in', () => {
    const data = fixtureData();
    const reversed = [...data.auditLog].reverse();
    expect(tableJson('auditLog', reversed)).toBe(JSON.stringify(sortedData(data).auditLog));
  });
});
