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
