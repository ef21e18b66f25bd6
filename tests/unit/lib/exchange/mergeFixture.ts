import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appendEntry } from '../../../../src/lib/governance/auditChain';
import type { AuditEntry } from '../../../../src/schemas/governance';
import type { ReportFile } from '../../../../src/schemas/report';
import type { WorkspaceData } from '../../../../src/schemas/workspace';
import { emptyWorkspaceData } from '../../../../src/lib/workspaceData';

/** The workspace of the released report fixture: one of everything, with a signed-off review. */
export function fixtureData(): WorkspaceData {
  const file = JSON.parse(
    readFileSync(join(process.cwd(), 'tests/fixtures/exchange/released/report-v1.json'), 'utf8'),
  ) as ReportFile;
  return { ...emptyWorkspaceData(), ...structuredClone(file.payload.data) };
}

export const clone = (data: WorkspaceData): WorkspaceData => structuredClone(data);

/** Appends one entry to a lineage's history, chained to its current last entry. */
export async function extendHistory(
  data: WorkspaceData,
  lineageId: string,
  id: string,
  action = 'note-added',
): Promise<AuditEntry> {
  const log = data.auditLog.filter((entry) => entry.lineageId === lineageId).sort((a, b) => a.seq - b.seq);
  const reviewId = log[log.length - 1]?.reviewId ?? '';
  const entry = await appendEntry(
    log,
    { at: '2026-12-01T10:00:00.000Z', actor: 'Tester', action, itemId: null, before: null, after: null, reviewId },
    { id, lineageId },
  );
  data.auditLog.push(entry);
  return entry;
}

/**
 * The fixture grown past one chunk of reading: 4,500 use cases with two ratings each, and
 * 2,400 answers of 1,200 assessments whose ids ("a7", "a7-b") list differently by the database's
 * two-part key than by the file's "assessment/capability" key.
 */
export function largeWorkspace(): WorkspaceData {
  const data = fixtureData();
  const [useCase] = data.useCases;
  const [rating] = data.ratings;
  const [answer] = data.answers;
  if (!useCase || !rating || !answer) throw new Error('the fixture lacks a use case, rating or answer');
  for (let index = 0; index < 4_500; index += 1) {
    const useCaseId = `use-case-${index}`;
    data.useCases.push({ ...useCase, id: useCaseId, title: `Use case ${index}` });
    data.ratings.push({ ...rating, id: `${useCaseId}-a`, useCaseId }, { ...rating, id: `${useCaseId}-b`, useCaseId });
  }
  for (let index = 0; index < 600; index += 1)
    for (const assessmentId of [`a${index}`, `a${index}-b`])
      data.answers.push({ ...answer, assessmentId, capabilityId: 'x' }, { ...answer, assessmentId, capabilityId: 'y' });
  return data;
}
