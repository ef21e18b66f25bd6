import { beforeEach, describe, expect, it } from 'vitest';
import { appendEntry, entryHash, verifyChain, type AuditDraft } from '../../../../src/lib/governance/auditChain';
import { canonicalJson, sha256Hex } from '../../../../src/lib/canonical';
import type { AuditEntry } from '../../../../src/schemas/governance';
import { auditEntrySchema } from '../../../../src/schemas/governance';

const ids = (n: number) => ({ id: `entry-${String(n).padStart(4, '0')}`, lineageId: 'lineage-0001' });

function draft(n: number): AuditDraft {
  return {
    reviewId: 'review-0001',
    at: `2026-11-24T15:${String(n).padStart(2, '0')}:00.000Z`,
    actor: 'Ingrid Berg',
    action: 'answer-changed',
    itemId: `item-${n}`,
    before: { status: null },
    after: { status: n % 2 === 0 ? 'met' : 'not-met' },
  };
}

let log: AuditEntry[];

beforeEach(async () => {
  log = [];
  for (let n = 1; n <= 5; n += 1) await appendEntry(log, draft(n), ids(n));
});

const copy = () => structuredClone(log);

describe('appendEntry', () => {
  it('numbers entries from 1 and keeps the SHA-256 of the previous entry’s canonical JSON', async () => {
    expect(log.map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(log[0]?.prevHash).toBe('');
    expect(log[1]?.prevHash).toBe(await sha256Hex(canonicalJson(log[0])));
    expect(log[4]?.prevHash).toBe(await entryHash(log[3] as AuditEntry));
    log.forEach((entry) => expect(auditEntrySchema.safeParse(entry).success).toBe(true));
  });
});

describe('verifyChain', () => {
  it('finds an untouched history intact, and an empty one too', async () => {
    await expect(verifyChain(log)).resolves.toEqual({ intact: true });
    await expect(verifyChain([])).resolves.toEqual({ intact: true });
  });

  it('survives a round trip through JSON, as in an exported workspace', async () => {
    await expect(verifyChain(JSON.parse(JSON.stringify(log)) as AuditEntry[])).resolves.toEqual({ intact: true });
  });

  it('detects an edited entry and names it', async () => {
    const edited = copy();
    (edited[2] as AuditEntry).after = { status: 'not-met', tampered: true };
    await expect(verifyChain(edited)).resolves.toMatchObject({
      intact: false,
      firstBrokenSeq: 3,
      reason: expect.stringMatching(/entry 3 .*changed/),
    });
  });

  it('detects an edited actor or timestamp, not only changed answers', async () => {
    const edited = copy();
    (edited[0] as AuditEntry).actor = 'Someone else';
    await expect(verifyChain(edited)).resolves.toMatchObject({ intact: false, firstBrokenSeq: 1 });
  });

  it('detects a removed entry as a gap', async () => {
    const removed = copy().filter((entry) => entry.seq !== 3);
    await expect(verifyChain(removed)).resolves.toEqual({ intact: false, firstBrokenSeq: 3, reason: 'entry 3 is missing' });
  });

  it('detects a removed entry even when the later ones are renumbered to close the gap', async () => {
    const removed = copy().filter((entry) => entry.seq !== 3);
    removed.forEach((entry, index) => (entry.seq = index + 1));
    await expect(verifyChain(removed)).resolves.toMatchObject({ intact: false, firstBrokenSeq: 2 });
  });

  it('detects reordered entries', async () => {
    const reordered = copy();
    [reordered[1], reordered[2]] = [reordered[2] as AuditEntry, reordered[1] as AuditEntry];
    await expect(verifyChain(reordered)).resolves.toEqual({
      intact: false,
      firstBrokenSeq: 2,
      reason: 'the entries are out of order: entry 3 stands where entry 2 belongs',
    });
  });

  it('detects reordered entries whose numbers were swapped to look in order', async () => {
    const reordered = copy();
    [reordered[1], reordered[2]] = [reordered[2] as AuditEntry, reordered[1] as AuditEntry];
    (reordered[1] as AuditEntry).seq = 2;
    (reordered[2] as AuditEntry).seq = 3;
    await expect(verifyChain(reordered)).resolves.toMatchObject({ intact: false, firstBrokenSeq: 1 });
  });

  it('detects a missing first entry', async () => {
    await expect(verifyChain(copy().slice(1))).resolves.toEqual({
      intact: false,
      firstBrokenSeq: 1,
      reason: 'the first entry is missing',
    });
    await expect(verifyChain(copy().slice(3))).resolves.toMatchObject({ reason: 'the first 3 entries are missing' });
  });

  it('detects a wrong first entry that points to an earlier one', async () => {
    const wrong = copy();
    (wrong[0] as AuditEntry).prevHash = 'f'.repeat(64);
    await expect(verifyChain(wrong)).resolves.toEqual({
      intact: false,
      firstBrokenSeq: 1,
      reason: 'the first entry refers to an earlier entry that is not in the history',
    });
  });

  it('detects a first entry replaced by a forged one', async () => {
    const forged = copy();
    forged[0] = { ...(forged[0] as AuditEntry), actor: 'Forger', id: 'entry-9999' };
    await expect(verifyChain(forged)).resolves.toMatchObject({ intact: false, firstBrokenSeq: 1 });
  });

  it('detects a duplicated entry and an entry from another review', async () => {
    const duplicated = copy();
    duplicated.splice(2, 0, structuredClone(duplicated[2] as AuditEntry));
    await expect(verifyChain(duplicated)).resolves.toMatchObject({
      intact: false,
      firstBrokenSeq: 3,
      reason: 'entry 3 appears more than once',
    });
    const mixed = copy();
    (mixed[3] as AuditEntry).lineageId = 'lineage-0002';
    await expect(verifyChain(mixed)).resolves.toMatchObject({ intact: false, firstBrokenSeq: 4 });
  });
});
