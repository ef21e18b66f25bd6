import type { AuditEntry } from '../../schemas/governance';
import { canonicalJson, sha256Hex } from '../canonical';

/**
 * The audit log of a review lineage is a hash chain: every entry keeps the SHA-256 of the
 * canonical JSON of the entry before it (an empty string for the first), and entries are
 * numbered from 1. Changing, removing or reordering an entry therefore shows up at the next one.
 *
 * This makes the history tamper-evident, not tamper-proof: someone who rewrites an entry and
 * recomputes every later fingerprint produces a chain that checks out. The portal says
 * "history intact" in that sense, and also compares the stored answers with what the history
 * records (see replay.ts), which catches a changed last entry and answers edited outside the log.
 */
export type AuditDraft = Omit<AuditEntry, 'id' | 'lineageId' | 'seq' | 'prevHash'>;

export function entryHash(entry: AuditEntry): Promise<string> {
  return sha256Hex(canonicalJson(entry));
}

/** The entry that follows `tail` (or starts the log), given the fingerprint of `tail`. */
export function chainedEntry(
  tail: AuditEntry | undefined,
  prevHash: string,
  draft: AuditDraft,
  ids: { id: string; lineageId: string },
): AuditEntry {
  return { ...draft, id: ids.id, lineageId: ids.lineageId, seq: tail ? tail.seq + 1 : 1, prevHash: tail ? prevHash : '' };
}

/** Appends to an in-memory log: used by the sample builder and by tests. */
export async function appendEntry(
  log: AuditEntry[],
  draft: AuditDraft,
  ids: { id: string; lineageId: string },
): Promise<AuditEntry> {
  const tail = log[log.length - 1];
  const entry = chainedEntry(tail, tail ? await entryHash(tail) : '', draft, ids);
  log.push(entry);
  return entry;
}

export type ChainCheck = { intact: true } | { intact: false; firstBrokenSeq: number; reason: string };

/**
 * Checks one lineage's log, in the order given (storage returns it by `seq`). Reports the first
 * entry from which the history can no longer be trusted.
 */
export async function verifyChain(entries: readonly AuditEntry[]): Promise<ChainCheck> {
  const first = entries[0];
  if (!first) return { intact: true };
  const lineage = first.lineageId;
  const foreign = entries.find((entry) => entry.lineageId !== lineage);
  if (foreign) return broken(foreign.seq, `entry ${foreign.seq} belongs to the history of another review`);

  const sorted = [...entries].sort((a, b) => a.seq - b.seq);
  for (let index = 1; index < sorted.length; index += 1) {
    const seq = sorted[index]?.seq;
    if (seq !== undefined && seq === sorted[index - 1]?.seq) return broken(seq, `entry ${seq} appears more than once`);
  }
  const misplaced = entries.findIndex((entry, index) => entry.seq !== sorted[index]?.seq);
  if (misplaced >= 0) {
    const expected = sorted[misplaced]?.seq ?? 0;
    return broken(
      expected,
      `the entries are out of order: entry ${entries[misplaced]?.seq} stands where entry ${expected} belongs`,
    );
  }

  if (first.seq !== 1) {
    return broken(1, first.seq === 2 ? 'the first entry is missing' : `the first ${first.seq - 1} entries are missing`);
  }
  if (first.prevHash !== '') return broken(1, 'the first entry refers to an earlier entry that is not in the history');

  for (let index = 1; index < entries.length; index += 1) {
    const previous = entries[index - 1] as AuditEntry;
    const entry = entries[index] as AuditEntry;
    if (entry.seq !== previous.seq + 1) {
      const missing = entry.seq - previous.seq - 1;
      return broken(
        previous.seq + 1,
        missing === 1 ? `entry ${previous.seq + 1} is missing` : `entries ${previous.seq + 1} to ${entry.seq - 1} are missing`,
      );
    }
    if (entry.prevHash !== (await entryHash(previous))) {
      return broken(
        previous.seq,
        `entry ${previous.seq} does not match the fingerprint kept in entry ${entry.seq}: it was changed after it was recorded, or entries next to it were removed or reordered`,
      );
    }
  }
  return { intact: true };
}

function broken(firstBrokenSeq: number, reason: string): ChainCheck {
  return { intact: false, firstBrokenSeq, reason };
}
