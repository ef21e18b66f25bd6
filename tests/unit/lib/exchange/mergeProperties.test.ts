import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMerge, planMerge, type Resolution } from '../../../../src/lib/exchange/merge';
import { emptyWorkspaceData } from '../../../../src/lib/workspaceData';
import { sortedData, tableNames } from '../../../../src/lib/exchange/tables';
import { workspaceArbitrary } from './arbitraries';

const resolution = fc.constantFrom<Resolution>('keep-mine', 'take-theirs', 'keep-both');

describe('merge properties', () => {
  it('adds everything into an empty workspace and finds nothing to do against itself', () => {
    fc.assert(
      fc.property(workspaceArbitrary, ({ data }) => {
        const plan = planMerge(emptyWorkspaceData(), data);
        expect(plan.items.every((item) => item.status === 'added')).toBe(true);
        const outcome = applyMerge(emptyWorkspaceData(), data, plan);
        expect(sortedData(outcome.put)).toEqual(sortedData(data));
        const self = planMerge(data, structuredClone(data));
        expect(self.items.every((item) => item.status === 'unchanged')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and never rewrites a stored audit entry, whatever is decided', () => {
    fc.assert(
      fc.property(workspaceArbitrary, workspaceArbitrary, resolution, ({ data: mine }, { data: theirs }, all) => {
        const first = applyMerge(mine, theirs, planMerge(mine, theirs), { all });
        const again = applyMerge(mine, theirs, planMerge(mine, theirs), { all });
        expect(again).toEqual(first);
        const stored = new Set(mine.auditLog.map((entry) => entry.id));
        expect(first.put.auditLog.some((entry) => stored.has(entry.id))).toBe(false);
        for (const table of tableNames) expect(Array.isArray(first.put[table])).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
