import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PortalDb } from '../../../../src/db/db';
import { getMeta, setMeta } from '../../../../src/db/meta';
import { readWorkspaceWithSettings, restoreWorkspace } from '../../../../src/db/workspace';
import { buildExport } from '../../../../src/lib/exchange/envelope';
import { restoreText } from '../../../../src/lib/exchange/restore';
import {
  $importState,
  confirmImport,
  decideAll,
  readImportFile,
  setImportMode,
  type FileLike,
} from '../../../../src/stores/workspace/importFile';
import { exportSelection } from '../../../../src/stores/workspace/exportFile';
import { useFreshDb } from '../../helpers/freshDb';
import { testContext } from '../../lib/exchange/context';
import { largeWorkspace } from '../../lib/exchange/mergeFixture';

const folder = (name: string) => join(process.cwd(), 'tests/fixtures/exchange', name);
const fileOf = (name: string, text: string): FileLike => ({
  name,
  size: new TextEncoder().encode(text).length,
  text: async () => text,
});
const releasedText = () => readFileSync(join(folder('released'), 'report-v1.json'), 'utf8');

let database: PortalDb;

async function seed(): Promise<void> {
  const restored = await restoreText(releasedText());
  if (!restored.ok) throw new Error('fixture did not restore');
  await restoreWorkspace(restored.data, restored.settings);
  await setMeta('governance.reviewer', 'Reviewer on this device');
}

/** Every table of the database, meta included, as plain rows. */
async function snapshot(): Promise<Record<string, unknown[]>> {
  const tables = database.tables.map((table) => table.name).sort();
  return Object.fromEntries(await Promise.all(tables.map(async (name) => [name, await database.table(name).toArray()] as const)));
}

beforeEach(() => {
  database = useFreshDb();
  $importState.set({ step: 'idle' });
});

describe('a refused file changes nothing', () => {
  const hostile = readdirSync(folder('hostile')).filter((name) => name !== 'cases.json');

  it.each(hostile)('%s', async (name) => {
    await seed();
    const before = await snapshot();
    await readImportFile(fileOf(name, readFileSync(join(folder('hostile'), name), 'utf8')));
    const state = $importState.get();
    expect(state.step).toBe('refused');
    if (state.step === 'refused') expect(state.problems.length).toBeGreaterThan(0);
    expect(await confirmImport()).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a file over 50 MB before reading its text', async () => {
    await seed();
    const before = await snapshot();
    let read = false;
    await readImportFile({
      name: 'huge.json',
      size: 51 * 1024 * 1024,
      text: async () => {
        read = true;
        return '';
      },
    });
    const state = $importState.get();
    expect(read).toBe(false);
    expect(state.step === 'refused' && state.problems[0]?.message).toMatch(/51\.0 MB; the portal reads files of up to 50 MB/);
    expect(await snapshot()).toEqual(before);
  });
});

describe('restoring a backup', () => {
  it('brings back every table and the workspace settings into an empty workspace, and checks the histories', async () => {
    await readImportFile(fileOf('backup.json', releasedText()), 'replace');
    const state = $importState.get();
    if (state.step !== 'preview') throw new Error(`expected a preview, got ${state.step}`);
    // A restore needs no comparison with what is stored: it replaces it.
    expect(state.preview.plan).toBeNull();
    expect(state.preview.restored.data.useCases).toHaveLength(3);
    expect(await confirmImport()).toBe(true);
    const done = $importState.get();
    if (done.step !== 'done') throw new Error('not done');
    expect(done.done.chains.every((chain) => chain.check.intact)).toBe(true);
    expect(done.done.chains.length).toBeGreaterThan(0);
    const stored = await readWorkspaceWithSettings();
    const restored = await restoreText(releasedText());
    if (!restored.ok) throw new Error('fixture did not restore');
    for (const table of Object.keys(restored.data) as (keyof typeof restored.data)[])
      expect(stored.data[table], table).toHaveLength(restored.data[table].length);
    expect(stored.settings).toEqual({ weightProfileId: 'fixture-profile-1' });
  });

  it('replaces what is stored but keeps per-device settings such as the reviewer name', async () => {
    await seed();
    await setMeta('backlog.profile', 'equal');
    const other = JSON.parse(releasedText());
    other.payload.data.useCases = other.payload.data.useCases.slice(0, 1);
    other.payload.data.ratings = other.payload.data.ratings.filter(
      (row: { useCaseId: string }) => row.useCaseId === other.payload.data.useCases[0].id,
    );
    other.payload.settings = {};
    await readImportFile(fileOf('smaller.json', JSON.stringify(other)));
    await setImportMode('replace');
    const state = $importState.get();
    if (state.step !== 'preview') throw new Error('no preview');
    expect(state.preview.current.useCases).toBe(3);
    await confirmImport();
    const stored = await readWorkspaceWithSettings();
    expect(stored.data.useCases).toHaveLength(1);
    expect(stored.settings).toEqual({});
    expect(await getMeta('governance.reviewer')).toBe('Reviewer on this device');
  });
});

describe('a write that fails', () => {
  it('stores nothing, says so, and the same preview can be confirmed again', async () => {
    await seed();
    const before = await snapshot();
    await readImportFile(fileOf('backup.json', releasedText()), 'replace');
    database.close();
    expect(await confirmImport()).toBe(false);
    const failed = $importState.get();
    expect(failed.step).toBe('failed');
    if (failed.step === 'failed') expect(failed.message).toMatch(/^Nothing was imported: /);
    await database.open();
    expect(await snapshot()).toEqual(before);
    expect(await confirmImport()).toBe(true);
    expect($importState.get().step).toBe('done');
  });
});

describe('adding to a workspace', () => {
  it('compares with what is stored when the person switches a restore to "add"', async () => {
    await seed();
    await readImportFile(fileOf('backup.json', releasedText()), 'replace');
    await setImportMode('add');
    const state = $importState.get();
    if (state.step !== 'preview') throw new Error('no preview');
    expect(state.preview.mode).toBe('add');
    expect(state.preview.plan?.items.every((item) => item.status === 'unchanged')).toBe(true);
  });

  it('keeps both copies of a conflicting use case when asked for all', async () => {
    await seed();
    const theirs = JSON.parse(releasedText());
    theirs.payload.data.useCases[0].title = 'Their title';
    await readImportFile(fileOf('theirs.json', JSON.stringify(theirs)));
    const state = $importState.get();
    if (state.step !== 'preview') throw new Error('no preview');
    expect(state.preview.plan?.tables.useCases).toEqual({ added: 0, unchanged: 2, changed: 0, conflicts: 1 });
    decideAll('keep-both');
    await confirmImport();
    const stored = await readWorkspaceWithSettings();
    expect(stored.data.useCases.map((row) => row.title)).toContain('Their title');
    expect(stored.data.useCases).toHaveLength(4);
    const done = $importState.get();
    expect(done.step === 'done' && done.done.resolved).toEqual({ 'keep-both': 1 });
  });
});

describe('exporting', () => {
  it('writes a file that restores to what is stored, and remembers when the workspace was exported', async () => {
    await seed();
    const now = new Date('2026-12-01T15:00:00.000Z');
    const result = await exportSelection({ scope: 'workspace' }, testContext(), now);
    if (!result.ok) throw new Error(result.message);
    expect(result.fileName).toBe('mlops-portal-workspace-2026-12-01.json');
    expect(await getMeta('lastExportAt')).toBe('2026-12-01T15:00:00.000Z');
    const back = await restoreText(await new Blob(result.parts).text());
    expect(back.ok).toBe(true);
  });

  it('downloads exactly the file built from what is stored, for the whole workspace and the backlog', async () => {
    // Large enough to be read in several chunks, with a table read out of the file's order.
    await restoreWorkspace(largeWorkspace(), { weightProfileId: 'equal' });
    const now = new Date('2026-12-01T15:00:00.000Z');
    const stored = await readWorkspaceWithSettings();
    for (const selection of [{ scope: 'workspace' }, { scope: 'backlog' }] as const) {
      const result = await exportSelection(selection, testContext(), now);
      if (!result.ok) throw new Error(result.message);
      const file = await buildExport(selection, stored.data, stored.settings, testContext(now));
      expect(await new Blob(result.parts).text()).toBe(`${JSON.stringify(file)}\n`);
    }
  });

  it('does not count a partial export as a backup', async () => {
    await seed();
    const result = await exportSelection({ scope: 'backlog' }, testContext());
    expect(result.ok).toBe(true);
    expect(await getMeta('lastExportAt')).toBeUndefined();
  });

  it('says so when the picked assessment is gone', async () => {
    await seed();
    const result = await exportSelection({ scope: 'assessment', assessmentId: 'gone-assessment' }, testContext());
    expect(result.ok).toBe(false);
  });
});
