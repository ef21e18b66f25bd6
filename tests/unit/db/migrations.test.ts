import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PortalDb, useDb } from '../../../src/db/db';
import { getAnswers, listAssessments, putAssessment } from '../../../src/db/assessments';
import { describeStorageError } from '../../../src/db/errors';
import { workspaceTables } from '../../../src/db/workspace';
import { makeAssessment } from '../helpers/records';
import { answerSchema, assessmentSchema } from '../../../src/schemas/assessment';

interface Fixture {
  stores: Record<string, string>;
  rows: Record<string, unknown[]>;
}

const v1 = JSON.parse(readFileSync(new URL('../../fixtures/db/v1.json', import.meta.url), 'utf8')) as Fixture;

/** Writes a fixture with the schema of the version it was released with, as an old portal would have. */
async function seedOldDatabase(name: string, version: number, fixture: Fixture): Promise<void> {
  const old = new Dexie(name);
  old.version(version).stores(fixture.stores);
  await old.open();
  for (const [table, rows] of Object.entries(fixture.rows)) await old.table(table).bulkAdd(rows);
  old.close();
}

const fixtures = [1, 2, 3].map((version) => ({
  version,
  fixture: JSON.parse(readFileSync(new URL(`../../fixtures/db/v${version}.json`, import.meta.url), 'utf8')) as Fixture,
}));

const byKey = (table: string) => (row: unknown) => {
  const record = row as Record<string, string>;
  return table === 'answers'
    ? `${record['assessmentId']}/${record['capabilityId']}`
    : table === 'reviewAnswers'
      ? `${record['reviewId']}/${record['itemId']}`
      : String(record['id'] ?? record['key']);
};
const sorted = (table: string, rows: readonly unknown[]) =>
  [...rows].sort((a, b) => byKey(table)(a).localeCompare(byKey(table)(b)));

describe('database upgrades', () => {
  it.each(fixtures)('opens a version $version database with every record kept and valid', async ({ version, fixture }) => {
    const name = `upgrade-${crypto.randomUUID()}`;
    await seedOldDatabase(name, version, fixture);

    const upgraded = new PortalDb(name);
    useDb(upgraded);
    await upgraded.open();
    expect(upgraded.verno).toBe(3);

    for (const table of upgraded.tables) {
      const rows = fixture.rows[table.name] ?? [];
      expect(sorted(table.name, await table.toArray()), `table ${table.name}`).toEqual(sorted(table.name, rows));
    }
    // What an old portal stored still passes today's schemas (new fields are optional or defaulted).
    const { workspaceDataSchema } = await import('../../../src/schemas/workspace');
    const data = Object.fromEntries(workspaceTables.map((table) => [table, fixture.rows[table] ?? []]));
    const parsed = workspaceDataSchema.safeParse(data);
    expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
    upgraded.close();
  });

  it('keeps a fixture with rows for every released version', () => {
    for (const { version, fixture } of fixtures) {
      const filled = Object.entries(fixture.rows)
        .filter(([, rows]) => rows.length > 0)
        .map(([table]) => table);
      expect(filled.length, `v${version}.json`).toBeGreaterThan(0);
    }
    expect(fixtures[1]?.fixture.rows['useCases']?.length).toBeGreaterThan(0);
    expect(fixtures[2]?.fixture.rows['auditLog']?.length).toBeGreaterThan(0);
  });

  it('reads an upgraded version 1 database through the repositories', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    await seedOldDatabase(name, 1, v1);
    const upgraded = new PortalDb(name);
    useDb(upgraded);
    const assessments = await listAssessments();
    expect(assessments).toEqual(v1.rows['assessments']);
    assessments.forEach((assessment) => expect(assessmentSchema.safeParse(assessment).success).toBe(true));
    const answers = await getAnswers('fixture-assessment-1');
    expect(answers).toHaveLength(2);
    answers.forEach((answer) => expect(answerSchema.safeParse(answer).success).toBe(true));
    upgraded.close();
  });
});

describe('a newer portal in another tab', () => {
  it('closes this connection and explains the failed write as a reason to reload', async () => {
    const name = `tabs-${crypto.randomUUID()}`;
    const current = new PortalDb(name);
    useDb(current);
    await current.open();

    // The other tab's portal declares one version more than this one.
    const newer = new Dexie(name);
    newer.version(current.verno + 1).stores({ assessments: 'id, updatedAt' });
    await newer.open();

    expect(current.upgradedElsewhere).toBe(true);
    const failure = await putAssessment(makeAssessment()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(describeStorageError(failure)).toMatch(/another tab.*Reload this page/);
    newer.close();
  });
});
