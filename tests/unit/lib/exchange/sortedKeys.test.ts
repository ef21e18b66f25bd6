import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortKeys } from '../../../../src/lib/canonical';
import { withSortedKeys } from '../../../../src/lib/exchange/sortedKeys';

// Keys an object lists in a special order (array indices), inherits, or that would set a prototype.
const awkwardKey = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'toJSON', '0', '1', '9', '10', '01', '-1', '1.5'),
  fc.constantFrom('4294967294', '4294967295', '99999999999', 'B', 'a', 'Z', 'é', '\u{1F4A5}'),
);

describe('withSortedKeys', () => {
  it('gives the JSON of the canonical form (keys sorted, undefined dropped), whatever the keys and values', () => {
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
      fc.property(fc.array(value, { maxLength: 6 }), (rows) => {
        expect(JSON.stringify(withSortedKeys(rows))).toBe(JSON.stringify(sortKeys(rows)));
      }),
      { numRuns: 3000 },
    );
  });

  it('sorts every object even when rows alike in shape come between others (the order remembered per depth)', () => {
    const rows = [
      { b: 1, a: { d: 1, c: 2 } },
      { b: 2, a: { d: 3, c: 4 } },
      { z: 1, y: [{ b: 1, a: 2 }] },
      { b: 3, a: { c: 5, d: undefined, e: null } },
      { a: 0, b: 4 },
    ];
    expect(JSON.stringify(withSortedKeys(rows))).toBe(
      '[{"a":{"c":2,"d":1},"b":1},{"a":{"c":4,"d":3},"b":2},{"y":[{"a":2,"b":1}],"z":1},{"a":{"c":5,"e":null},"b":3},{"a":0,"b":4}]',
    );
  });

  it('lists array-index keys first, in numeric order, as any object does', () => {
    const rows = [{ b: 1, 10: 'ten', a: { z: 1, 2: 'two' }, 9: 'nine', '01': 'not an index' }];
    expect(JSON.stringify(withSortedKeys(rows))).toBe(
      '[{"9":"nine","10":"ten","01":"not an index","a":{"2":"two","z":1},"b":1}]',
    );
  });

  it('keeps a "__proto__" key as a plain key and never changes a prototype', () => {
    const rows = JSON.parse('[{"b":2,"__proto__":{"x":1}},{"b":3}]') as unknown[];
    const copy = withSortedKeys(rows) as Record<string, unknown>[];
    expect(JSON.stringify(copy)).toBe('[{"__proto__":{"x":1},"b":2},{"b":3}]');
    expect(Object.getPrototypeOf(copy[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });
});
