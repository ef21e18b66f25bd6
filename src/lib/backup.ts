/**
 * When to remind a person to export a backup. Everything lives in one browser, which may clear
 * it; a file they keep elsewhere is the only copy that survives that. The reminder is a nudge,
 * never a block: it shows when the last export is old or much has changed since, and a dismissal
 * quiets it for a while.
 */
export const BACKUP_AFTER_DAYS = 14;
export const BACKUP_AFTER_CHANGES = 50;
const QUIET_AFTER_DISMISS_DAYS = 3;

const DAY_MS = 24 * 60 * 60 * 1000;

interface BackupFacts {
  /** ISO time of the last export, or null when nothing was ever exported. */
  lastExportAt: string | null;
  /** Saved changes since the last export (or since counting began). */
  changesSince: number;
  /** ISO time the reminder was last dismissed, or null. */
  dismissedAt: string | null;
  now: Date;
}

export type BackupReminder = { due: false } | { due: true; reason: string };

export function backupReminder(facts: BackupFacts): BackupReminder {
  if (facts.changesSince === 0) return { due: false };
  const now = facts.now.getTime();
  const dismissed = facts.dismissedAt ? Date.parse(facts.dismissedAt) : Number.NaN;
  if (!Number.isNaN(dismissed) && now - dismissed < QUIET_AFTER_DISMISS_DAYS * DAY_MS) return { due: false };
  const exported = facts.lastExportAt ? Date.parse(facts.lastExportAt) : Number.NaN;
  const many = facts.changesSince >= BACKUP_AFTER_CHANGES;
  if (Number.isNaN(exported)) {
    return many
      ? { due: true, reason: `You have saved ${facts.changesSince} changes and have not exported a backup yet.` }
      : { due: false };
  }
  const days = Math.floor((now - exported) / DAY_MS);
  if (many) return { due: true, reason: `You have saved ${facts.changesSince} changes since your last backup.` };
  if (days >= BACKUP_AFTER_DAYS) return { due: true, reason: `Your last backup is ${days} days old.` };
  return { due: false };
}
