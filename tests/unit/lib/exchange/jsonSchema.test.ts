import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { buildExport, type ExportSelection } from '../../../../src/lib/exchange/envelope';
import { reportJsonSchema } from '../../../../src/lib/exchange/jsonSchema';
import { restoreText } from '../../../../src/lib/exchange/restore';
import { buildSampleWorkspace } from '../../../../src/lib/sample/buildSample';
import { loadChecklists } from '../../helpers/loadChecklists';
import { loadQuestionnaire } from '../../helpers/loadContent';
import { fixtureData } from './mergeFixture';
import { testContext } from './context';

// Formats (date-time, date) are also written as patterns in the schema, so Ajv needs no format plugin.
const validator = () => new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(reportJsonSchema());

describe('the published JSON Schema', () => {
  it('has an id, a title and a description that says which checks it leaves to the portal', () => {
    const schema = reportJsonSchema('https://portal.example.org/');
    expect(schema['$id']).toBe('https://portal.example.org/schema/report-v1.json');
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['title']).toMatch(/report file, format version 1/);
    expect(schema['description']).toMatch(/not expressed here/);
  });

  it('accepts the released file and real exports of every scope', async () => {
    const validate = validator();
    const released = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/exchange/released/report-v1.json'), 'utf8'));
    expect(validate(released), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);

    const sample = await buildSampleWorkspace(await loadQuestionnaire(), new Date('2026-11-20T09:00:00Z'), loadChecklists());
    const restored = await restoreText(JSON.stringify(sample));
    if (!restored.ok) throw new Error('the sample did not restore');
    const selections: ExportSelection[] = [
      { scope: 'workspace' },
      { scope: 'backlog' },
      { scope: 'assessment', assessmentId: restored.data.assessments[0]?.id ?? '' },
      { scope: 'review', lineageId: restored.data.reviews[0]?.lineageId ?? '' },
    ];
    for (const selection of selections) {
      const file = await buildExport(selection, restored.data, { weightProfileId: 'equal' }, testContext());
      expect(validate(file), `${selection.scope}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
  });

  it('refuses what the portal refuses on its own shape: an unknown field, a wrong type, a missing field', () => {
    const validate = validator();
    const file = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/exchange/released/report-v1.json'), 'utf8'));
    expect(validate({ ...file, extra: true })).toBe(false);
    expect(validate({ ...file, version: '1' })).toBe(false);
    const withoutTime = { ...file };
    delete withoutTime.exportedAt;
    expect(validate(withoutTime)).toBe(false);
    expect(
      validate({
        ...file,
        payload: { ...file.payload, data: { ...file.payload.data, answers: [{ ...file.payload.data.answers[0], level: 9 }] } },
      }),
    ).toBe(false);
  });

  it('describes the data exactly as the portal exports it (no date objects, defaults optional)', async () => {
    const file = await buildExport({ scope: 'workspace' }, fixtureData(), {}, testContext());
    expect(validator()(JSON.parse(JSON.stringify(file)))).toBe(true);
  });
});
