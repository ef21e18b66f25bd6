import { db } from './db';

/** Turns a storage failure into a sentence a person can act on. */
export function describeStorageError(error: unknown): string {
  if (db().upgradedElsewhere) {
    return 'a newer version of the portal was opened in another tab and has updated the storage. Reload this page to go on; what was saved before is kept.';
  }
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'the browser has no storage space left for this site. Free some space (or delete old data on the Workspace page) and try again; nothing else was changed.';
  }
  if (name === 'InvalidStateError' || name === 'DatabaseClosedError' || name === 'MissingAPIError') {
    return 'the browser storage is not available (private browsing can switch it off). Changes cannot be kept until it is.';
  }
  if (name === 'VersionError') {
    return 'this tab runs an older version of the portal than another open tab. Reload the page.';
  }
  return error instanceof Error ? error.message : String(error);
}

/** A patch found nothing to apply to: the record was deleted, perhaps in another tab. */
export class MissingRecordError extends Error {
  constructor(what: string) {
    super(`${what} is no longer stored in this browser (it may have been deleted in another tab)`);
    this.name = 'MissingRecordError';
  }
}
