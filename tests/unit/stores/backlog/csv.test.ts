import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PortalDb } from '../../../../src/db/db';
import { buildSampleBacklog } from '../../../../src/lib/sample/sampleBacklog';
import { $ratings, $useCases, loadBacklog } from '../../../../src/stores/backlog/backlog';
import { cancelImport, confirmImport, exportBacklogCsv, previewImport } from '../../../../src/stores/backlog/csv';
import { $importState } from '../../../../src/stores/backlog/importState';
import { resetBacklogStores } from '../../helpers/backlogStores';
import { useFreshDb } from '../../helpers/freshDb';

let database: PortalDb;
const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests', 'fixtures', 'csv', name), 'utf8');

beforeEach(async () => {
  database = useFreshDb();
  resetBacklogStores();
  const sample = buildSampleBacklog();
  await database.useCases.bulkPut(sample.useCases);
  await database.ratings.bulkPut(sample.ratings);
  await loadBacklog();
});

describe('CSV export then import into an empty workspace', () => {
  it('brings back every use case and rating', async () => {
    const { text, fileName } = exportBacklogCsv(',');
    expect(fileName).toMatch(/^backlog-\d{4}-\d{2}-\d{2}\.csv$/);
    const before = { useCases: await database.useCases.toArray(), ratings: await database.ratings.toArray() };

    database = useFreshDb();
    resetBacklogStores();
    await loadBacklog();
    previewImport(text, fileName);
    const state = $importState.get();
    expect(state.kind).toBe('preview');
    expect(state.kind === 'preview' && state.rejected).toEqual([]);
    expect(await database.useCases.count()).toBe(0);

    await confirmImport();
    expect($importState.get()).toMatchObject({
      kind: 'done',
      added: before.useCases.length,
      replaced: 0,
      ratings: before.ratings.length,
    });
    const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await database.useCases.toArray())).toEqual(byId(before.useCases));
    expect(byId(await database.ratings.toArray())).toEqual(byId(before.ratings));
    expect($useCases.get()).toHaveLength(before.useCases.length);
  });

  it('replaces use cases with the same id, and their ratings, when imported again', async () => {
    const { text } = exportBacklogCsv(';');
    const edited = text.replaceAll('Delivery time predictions for customers', 'Delivery time predictions (v2)');
    previewImport(edited, 'edited.csv');
    expect($importState.get()).toMatchObject({ kind: 'preview', replaceCount: 26 });
    await confirmImport();
    expect($importState.get()).toMatchObject({ kind: 'done', added: 0, replaced: 26 });
    expect((await database.useCases.get('sample-usecase-01'))?.title).toBe('Delivery time predictions (v2)');
    expect(await database.ratings.count()).toBe(buildSampleBacklog().ratings.length);
    expect($ratings.get()).toHaveLength(buildSampleBacklog().ratings.length);
  });
});

describe('a rejected or cancelled import changes nothing', () => {
  for (const [name, expected] of [
    ['empty.csv', /empty/],
    ['wrong-headers.csv', /does not match/],
    ['header-only.csv', /no rows of data/],
  ] as const) {
    it(`refuses ${name}`, async () => {
      previewImport(fixture(name), name);
      const state = $importState.get();
      expect(state.kind).toBe('refused');
      expect(state.kind === 'refused' && state.problem).toMatch(expected);
      expect(await database.useCases.count()).toBe(26);
    });
  }

  it('refuses a file in which no row is valid, listing every row', async () => {
    previewImport('title,cost\n,3\nB,9\n', 'bad.csv');
    const state = $importState.get();
    expect(state.kind === 'refused' && state.problem).toBe('None of the 2 rows can be imported. Nothing was imported.');
    expect(state.kind === 'refused' && state.rejected.map((row) => row.line)).toEqual([2, 3]);
  });

  it('writes nothing when the preview is cancelled', async () => {
    previewImport(fixture('bad-rows.csv'), 'bad-rows.csv');
    expect($importState.get()).toMatchObject({ kind: 'preview', useCaseCount: 2 });
    cancelImport();
    await confirmImport();
    expect(await database.useCases.count()).toBe(26);
    expect($importState.get()).toEqual({ kind: 'idle' });
  });

  it('imports only the valid rows once confirmed', async () => {
    previewImport(fixture('bad-rows.csv'), 'bad-rows.csv');
    await confirmImport();
    expect($importState.get()).toMatchObject({ kind: 'done', added: 2, ratings: 2, rejected: 7 });
    expect(await database.useCases.count()).toBe(28);
  });
});
