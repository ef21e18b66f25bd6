import { describe, expect, it } from 'vitest';
import { BACKUP_AFTER_CHANGES, BACKUP_AFTER_DAYS, backupReminder } from '../../../src/lib/backup';

const now = new Date('2026-12-01T12:00:00.000Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

describe('backupReminder', () => {
  it('stays quiet when nothing changed since the last backup, however old it is', () => {
    expect(backupReminder({ lastExportAt: daysAgo(90), changesSince: 0, dismissedAt: null, now })).toEqual({ due: false });
  });

  it('reminds when the last backup is old and something changed since', () => {
    const reminder = backupReminder({ lastExportAt: daysAgo(BACKUP_AFTER_DAYS), changesSince: 1, dismissedAt: null, now });
    expect(reminder).toEqual({ due: true, reason: `Your last backup is ${BACKUP_AFTER_DAYS} days old.` });
    expect(backupReminder({ lastExportAt: daysAgo(BACKUP_AFTER_DAYS - 1), changesSince: 1, dismissedAt: null, now }).due).toBe(
      false,
    );
  });

  it('reminds after many changes, with or without an earlier backup', () => {
    expect(
      backupReminder({ lastExportAt: daysAgo(1), changesSince: BACKUP_AFTER_CHANGES, dismissedAt: null, now }),
    ).toMatchObject({
      due: true,
      reason: expect.stringMatching(/since your last backup/),
    });
    expect(backupReminder({ lastExportAt: null, changesSince: BACKUP_AFTER_CHANGES, dismissedAt: null, now })).toMatchObject({
      due: true,
      reason: expect.stringMatching(/not exported a backup yet/),
    });
    expect(backupReminder({ lastExportAt: null, changesSince: BACKUP_AFTER_CHANGES - 1, dismissedAt: null, now }).due).toBe(
      false,
    );
  });

  it('keeps quiet for a few days after being dismissed, then reminds again', () => {
    const facts = { lastExportAt: daysAgo(30), changesSince: 5, now };
    expect(backupReminder({ ...facts, dismissedAt: daysAgo(1) }).due).toBe(false);
    expect(backupReminder({ ...facts, dismissedAt: daysAgo(4) }).due).toBe(true);
  });
});
