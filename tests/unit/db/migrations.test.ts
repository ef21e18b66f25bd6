import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PortalDb, useDb } from '../../../src/db/db';
import { getAnswers, listAssessments, putAssessment } from '../../../src/db/assessments';
import { describeStorageError } from '../../../src/db/errors';
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

describe('database upgrades', () => {
  it('opens a version 1 database with every row intact and the newer tables empty', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    await seedOldDatabase(name, 1, v1);

    const upgraded = new PortalDb(name);
    useDb(upgraded);
    await upgraded.open();

    expect(upgraded.verno).toBe(3);
    const assessments = await listAssessments();
    expect(assessments).toEqual(v1.rows['assessments']);
    assessments.forEach((assessment) => expect(assessmentSchema.safeParse(assessment).success).toBe(true));
    const answers = await getAnswers('fixture-assessment-1');
    expect(answers).toHaveLength(2);
    answers.forEach((answer) => expect(answerSchema.safeParse(answer).success).toBe(true));
    await expect(upgraded.useCases.count()).resolves.toBe(0);
    await expect(upgraded.reviews.count()).resolves.toBe(0);
    upgraded.close();
  });

  it('declares versions in ascending order without gaps', () => {
    const database = new PortalDb(`versions-${crypto.randomUUID()}`);
    // Dexie keeps the declared versions internally; they must run 1, 2, 3, ... so upgrades apply in order.
    const declared = (database as unknown as { _versions: { _cfg: { version: number } }[] })._versions.map((v) => v._cfg.version);
    expect(declared.length).toBeGreaterThanOrEqual(3);
    expect(declared).toEqual(declared.map((_, index) => index + 1));
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
