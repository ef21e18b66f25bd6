import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkspaceWithSettings, restoreWorkspace } from '../../../../src/db/workspace';
import { buildExport } from '../../../../src/lib/exchange/envelope';
import { describeProblem } from '../../../../src/lib/exchange/problems';
import { restoreText } from '../../../../src/lib/exchange/restore';
import { sortedData } from '../../../../src/lib/exchange/tables';
import { useFreshDb } from '../../helpers/freshDb';
import { workspaceArbitrary } from './arbitraries';
import { testContext } from './context';

const context = testContext(new Date('2026-12-01T12:00:00.000Z'));
const later = testContext(new Date('2027-03-04T05:06:07.000Z'));

beforeAll(() => {
  useFreshDb();
});

describe('export, import into an empty workspace, export again', () => {
  it('gives the same document apart from the export time, for 1,000 generated workspaces', async () => {
    await fc.assert(
      fc.asyncProperty(workspaceArbitrary, async ({ data, settings }) => {
        const first = await buildExport({ scope: 'workspace' }, data, settings, context);
        const text = JSON.stringify(first, null, 2);
        const restored = await restoreText(text);
        if (!restored.ok) throw new Error(restored.problems.slice(0, 3).map(describeProblem).join('\n'));
        // What the file carries is exactly what was stored: nothing trimmed, rounded or dropped.
        expect(restored.data).toEqual(sortedData(data));

        // A backup restore into an empty workspace, through the database.
        await restoreWorkspace(restored.data, restored.settings);
        const stored = await readWorkspaceWithSettings();
        const second = await buildExport({ scope: 'workspace' }, stored.data, stored.settings, later);
        expect(JSON.stringify({ ...second, exportedAt: first?.exportedAt }, null, 2)).toBe(text);
        expect(second?.exportedAt).toBe('2027-03-04T05:06:07.000Z');
      }),
      { numRuns: 1000 },
    );
  }, 300_000);

  it('never changes Object.prototype, whatever keys a file holds', () => {
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
