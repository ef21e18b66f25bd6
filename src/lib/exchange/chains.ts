import type { AuditEntry, Review } from '../../schemas/governance';
import { verifyChain, type ChainCheck } from '../governance/auditChain';

export interface LineageCheck {
  lineageId: string;
  /** The review's name as people know it: its template and subject. */
  label: string;
  entries: number;
  check: ChainCheck;
}

/** Checks the audit history of every review in the data, in each history's own order (seq). */
export async function verifyAllChains(reviews: readonly Review[], auditLog: readonly AuditEntry[]): Promise<LineageCheck[]> {
  const labels = new Map<string, string>();
  for (const review of [...reviews].sort((a, b) => a.revision - b.revision)) {
    const subject = review.subject.kind === 'model' ? review.subject.name : (review.useCaseSnapshot?.title ?? 'a use case');
    labels.set(review.lineageId, `${review.template.title}: ${subject}`);
  }
  const logs = new Map<string, AuditEntry[]>();
  for (const entry of auditLog) logs.set(entry.lineageId, [...(logs.get(entry.lineageId) ?? []), entry]);
  const lineages = [...new Set([...labels.keys(), ...logs.keys()])].sort();
  return Promise.all(
    lineages.map(async (lineageId) => {
      const entries = [...(logs.get(lineageId) ?? [])].sort((a, b) => a.seq - b.seq);
      return { lineageId, label: labels.get(lineageId) ?? lineageId, entries: entries.length, check: await verifyChain(entries) };
    }),
  );
}
