import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildExport,
  exportFileName,
  exportParts,
  wholeTables,
  type ExportContext,
  type ExportSelection,
} from '../../../../src/lib/exchange/envelope';
import { restore, restoreText } from '../../../../src/lib/exchange/restore';
import { tableJson } from '../../../../src/lib/exchange/tables';
import type { WorkspaceSettings } from '../../../../src/schemas/report';
import type { WorkspaceData } from '../../../../src/schemas/workspace';
import { workspaceArbitrary } from './arbitraries';
import { canonicalJson, sha256Hex } from '../../../../src/lib/canonical';
import { fixtureData } from './mergeFixture';
import { testContext } from './context';

describe('buildExport', () => {
  it('records the format, time, portal, who exported, content used, methods and profiles in force', async () => {
    const data = fixtureData();
    const file = await buildExport(
      { scope: 'workspace' },
      data,
      { weightProfileId: 'fixture-profile-1' },
      { ...testContext(), exportedBy: '  Dana  ' },
    );
    if (!file) throw new Error('no file');
    expect(file).toMatchObject({
      type: 'mlops-portal-report',
      version: 1,
      exportedAt: '2026-12-01T12:00:00.000Z',
      exportedBy: 'Dana',
    });
    expect(file.portal).toEqual({ name: 'MLOps Maturity Portal', version: '0.1.0' });
    expect(file.content.questionnaires).toEqual([data.assessments[0]?.questionnaire]);
    const template = data.reviews[0]?.template;
    expect(file.content.checklists).toContainEqual({
      id: template?.id,
      version: template?.version,
      hash: await sha256Hex(canonicalJson(template)),
    });
    expect(file.methods.scoring).toEqual({ id: 'weighted-mean-of-levels', version: '1' });
    expect(file.methods.activeWeightProfileId).toBe('fixture-profile-1');
    expect(file.methods.weightProfiles.map((profile) => profile.kind)).toContain('custom');
    expect(file.methods.weightProfiles.find((profile) => profile.id === 'equal')?.kind).toBe('preset');
    expect(file.payload).toMatchObject({ scope: 'workspace', settings: { weightProfileId: 'fixture-profile-1' } });
  });

  it('exports one assessment with its answers and milestones only', async () => {
    const data = fixtureData();
    const id = data.assessments[0]?.id ?? '';
    data.assessments.push({ ...(data.assessments[0] as (typeof data.assessments)[number]), id: 'another-assessment' });
    const file = await buildExport({ scope: 'assessment', assessmentId: id }, data, {}, testContext());
    if (file?.payload.scope !== 'assessment') throw new Error('wrong scope');
    expect(file.payload.data.assessments.map((row) => row.id)).toEqual([id]);
    expect(file.payload.data.answers.every((row) => row.assessmentId === id)).toBe(true);
    expect(Object.keys(file.payload.data).sort()).toEqual(['answers', 'assessments', 'milestones']);
    expect(await buildExport({ scope: 'assessment', assessmentId: 'not-there' }, data, {}, testContext())).toBeNull();
  });

  it('exports one review with every revision, its answers and its history in order', async () => {
    const data = fixtureData();
    const lineageId = data.reviews[0]?.lineageId ?? '';
    const file = await buildExport({ scope: 'review', lineageId }, data, {}, testContext());
    if (file?.payload.scope !== 'review') throw new Error('wrong scope');
    expect(file.payload.data.auditLog.map((entry) => entry.seq)).toEqual(data.auditLog.map((_, index) => index + 1));
    expect(file.payload.data.reviewAnswers).toHaveLength(data.reviewAnswers.length);
    // The file loads back as a review file.
    const back = await restore(JSON.parse(JSON.stringify(file)));
    expect(back.ok && back.scope).toBe('review');
  });

  it('exports the backlog with its settings', async () => {
    const data = fixtureData();
    const file = await buildExport({ scope: 'backlog' }, data, { weightProfileId: 'equal' }, testContext());
    if (file?.payload.scope !== 'backlog') throw new Error('wrong scope');
    expect(Object.keys(file.payload.data).sort()).toEqual(['ratings', 'useCases', 'weightProfiles']);
    expect(file.payload.settings).toEqual({ weightProfileId: 'equal' });
  });

  it('gives the same file for the same data, whatever order the rows come in', async () => {
    const data = fixtureData();
    const shuffled = fixtureData();
    shuffled.answers.reverse();
    shuffled.auditLog.reverse();
    shuffled.useCases.reverse();
    const a = await buildExport({ scope: 'workspace' }, data, {}, testContext());
    const b = await buildExport({ scope: 'workspace' }, shuffled, {}, testContext());
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('names downloads by scope and day', () => {
    expect(exportFileName({ scope: 'backlog' }, new Date('2026-12-01T23:00:00Z'))).toBe('mlops-portal-backlog-2026-12-01.json');
  });
});

/** Every kind of selection the data allows, one assessment and one review picked from it. */
function selectionsOf(data: WorkspaceData): ExportSelection[] {
  return [
    { scope: 'workspace' },
    { scope: 'backlog' },
    ...data.assessments.slice(0, 1).map((row) => ({ scope: 'assessment' as const, assessmentId: row.id })),
    ...data.reviews.slice(-1).map((row) => ({ scope: 'review' as const, lineageId: row.lineageId })),
  ];
}

/** The file's text both ways: from the object, and from the parts (with tables taken whole written first). */
async function bothTexts(selection: ExportSelection, data: WorkspaceData, settings: WorkspaceSettings, context: ExportContext) {
  const file = await buildExport(selection, data, settings, context);
  const written = Object.fromEntries(wholeTables(selection).map((table) => [table, tableJson(table, data[table])]));
  const parts = await exportParts(selection, data, settings, context);
  const partsWritten = await exportParts(selection, data, settings, context, written);
  return {
    object: file && `${JSON.stringify(file)}\n`,
    parts: parts && parts.join(''),
    written: partsWritten && partsWritten.join(''),
  };
}

describe('exportParts', () => {
  it('writes the text of the exported file, for every scope of generated workspaces', async () => {
    await fc.assert(
      fc.asyncProperty(workspaceArbitrary, fc.boolean(), async ({ data, settings }, named) => {
        const context = { ...testContext(), ...(named ? { exportedBy: 'Dana', title: 'A "title"' } : {}) };
        for (const selection of selectionsOf(data)) {
          const texts = await bothTexts(selection, data, settings, context);
          expect(texts.parts).toBe(texts.object);
          expect(texts.written).toBe(texts.object);
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('writes a whole workspace that restores, and says so when the picked review is gone', async () => {
    const data = fixtureData();
    const texts = await bothTexts({ scope: 'workspace' }, data, { weightProfileId: 'equal' }, testContext());
    expect(texts.written).toBe(texts.object);
    const back = await restoreText(texts.written ?? '');
    expect(back.ok && back.scope).toBe('workspace');
    expect(await exportParts({ scope: 'review', lineageId: 'not-there' }, data, {}, testContext())).toBeNull();
  });
});
