import { atom, computed } from 'nanostores';
import { getMeta } from '../../db/meta';
import { LAST_EXPORT_META_KEY } from '../../lib/exchange/settings';
import { backupReminder } from '../../lib/backup';
import { liveFeed } from './live';
import { localWrites, onSaved } from './saveState';

/** What the browser says about the portal's storage; null values where the browser cannot tell. */
interface StorageInfo {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

export const $storageInfo = atom<StorageInfo | null>(null);
/** Set once this tab has asked the browser to keep the data, with what it answered. */
export const $persistAsked = atom<{ granted: boolean } | null>(null);

/** The meta key a whole-workspace export (a backup) writes, an ISO time; defined with the settings. */
export const LAST_EXPORT_KEY = LAST_EXPORT_META_KEY;
const COUNT_KEY = 'mlops-portal.changesSinceExport';
const DISMISS_KEY = 'mlops-portal.backupReminderDismissedAt';

interface Counter {
  since: string | null;
  count: number;
}

/** The small per-browser counters behind the backup reminder; localStorage by default. */
interface ReminderStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

let reminderStorage: ReminderStorage | null = typeof localStorage === 'undefined' ? null : localStorage;
export function useReminderStorage(next: ReminderStorage | null): void {
  reminderStorage = next;
}

const $lastExportAt = atom<string | null>(null);
const $counter = atom<Counter>({ since: null, count: 0 });
const $dismissedAt = atom<string | null>(null);

function readCounter(): Counter {
  try {
    const parsed = JSON.parse(reminderStorage?.getItem(COUNT_KEY) ?? 'null') as Counter | null;
    return parsed && typeof parsed.count === 'number' ? parsed : { since: null, count: 0 };
  } catch {
    return { since: null, count: 0 };
  }
}

function writeCounter(counter: Counter): void {
  $counter.set(counter);
  try {
    reminderStorage?.setItem(COUNT_KEY, JSON.stringify(counter));
  } catch {
    // Without localStorage the count lasts for this visit only; the reminder is a nudge.
  }
}

/** A new export starts the count again. */
function counterFor(lastExportAt: string | null): Counter {
  const counter = readCounter();
  return counter.since === lastExportAt ? counter : { since: lastExportAt, count: 0 };
}

const feed = liveFeed(
  [$lastExportAt],
  async () => getMeta(LAST_EXPORT_KEY),
  (value) => {
    const lastExportAt = typeof value === 'string' ? value : null;
    $lastExportAt.set(lastExportAt);
    writeCounter(counterFor(lastExportAt));
  },
  () => undefined,
);

export const $backupReminder = computed([$lastExportAt, $counter, $dismissedAt], (lastExportAt, counter, dismissedAt) =>
  backupReminder({ lastExportAt, changesSince: counter.count, dismissedAt, now: new Date() }),
);

/** Starts following the last export and the count of changes since. */
export async function watchBackups(): Promise<void> {
  $counter.set(readCounter());
  $dismissedAt.set(reminderStorage?.getItem(DISMISS_KEY) ?? null);
  await feed.reload();
}

export function dismissBackupReminder(now: Date = new Date()): void {
  const at = now.toISOString();
  $dismissedAt.set(at);
  try {
    reminderStorage?.setItem(DISMISS_KEY, at);
  } catch {
    // See writeCounter.
  }
}

/** Reads usage, quota and persistence from the browser (StorageManager), where it offers them. */
export async function loadStorageInfo(manager: StorageManager | undefined = globalThis.navigator?.storage): Promise<void> {
  if (!manager) {
    $storageInfo.set({ usage: null, quota: null, persisted: null });
    return;
  }
  const [estimate, persisted] = await Promise.all([
    manager.estimate ? manager.estimate().catch(() => null) : Promise.resolve(null),
    manager.persisted ? manager.persisted().catch(() => null) : Promise.resolve(null),
  ]);
  $storageInfo.set({ usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted });
}

/**
 * Asks the browser to keep the portal's data even when the device runs low on space (without
 * this, a browser may clear it). Asked once, after the first saved change: that is when there is
 * something worth keeping, and a browser that asks the person shows its question then.
 */
export async function askToPersist(manager: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean> {
  if (!manager?.persist) return false;
  const already = manager.persisted ? await manager.persisted().catch(() => false) : false;
  const granted = already || (await manager.persist().catch(() => false));
  if (!already) $persistAsked.set({ granted });
  await loadStorageInfo(manager);
  return granted;
}

const ASKED_KEY = 'mlops-portal.persistenceAsked';
let asked = false;

/** Counts `saves` more changes since the last backup, and asks for persistent storage once. */
function noteSaves(saves: number): void {
  const current = counterFor($lastExportAt.get());
  writeCounter({ ...current, count: current.count + saves });
  // Asked once in this browser, not on every visit: a browser that asks the person should not
  // ask again and again. The Workspace page can still ask.
  if (reminderStorage ? reminderStorage.getItem(ASKED_KEY) !== null : asked) return;
  asked = true;
  try {
    reminderStorage?.setItem(ASKED_KEY, new Date().toISOString());
  } catch {
    // See writeCounter.
  }
  void askToPersist();
}

onSaved(() => noteSaves(1));
// This module arrives once a page is idle (with the backup reminder); changes saved before that
// count as well.
if (localWrites() > 0) noteSaves(localWrites());
