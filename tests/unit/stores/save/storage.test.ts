import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setMeta } from '../../../../src/db/meta';
import { attempt, resetSaveState } from '../../../../src/stores/save/saveState';
import {
  $backupReminder,
  $persistAsked,
  $storageInfo,
  askToPersist,
  dismissBackupReminder,
  LAST_EXPORT_KEY,
  loadStorageInfo,
  useReminderStorage,
  watchBackups,
} from '../../../../src/stores/save/storage';
import { useFreshDb } from '../../helpers/freshDb';
import { waitForStore } from '../../helpers/waitFor';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

function fakeManager(persisted: boolean, grants: boolean) {
  let kept = persisted;
  const asked: string[] = [];
  const manager = {
    estimate: async () => ({ usage: 2_500_000, quota: 100_000_000 }),
    persisted: async () => kept,
    persist: async () => {
      asked.push('persist');
      kept = grants;
      return grants;
    },
  } as unknown as StorageManager;
  return { manager, asked };
}

beforeEach(() => {
  useFreshDb();
  resetSaveState();
  useReminderStorage(memoryStorage());
});

describe('storage figures', () => {
  it('reads usage, quota and persistence from the browser', async () => {
    await loadStorageInfo(fakeManager(false, true).manager);
    expect($storageInfo.get()).toEqual({ usage: 2_500_000, quota: 100_000_000, persisted: false });
  });

  it('says nothing it does not know when the browser offers no figures', async () => {
    await loadStorageInfo(undefined);
    expect($storageInfo.get()).toEqual({ usage: null, quota: null, persisted: null });
  });

  it('asks the browser to keep the data and reports the answer', async () => {
    const { manager, asked } = fakeManager(false, true);
    await expect(askToPersist(manager)).resolves.toBe(true);
    expect(asked).toEqual(['persist']);
    expect($persistAsked.get()).toEqual({ granted: true });
    expect($storageInfo.get()?.persisted).toBe(true);
  });

  it('does not ask again when the data is already kept', async () => {
    const { manager, asked } = fakeManager(true, true);
    await expect(askToPersist(manager)).resolves.toBe(true);
    expect(asked).toEqual([]);
  });
});

describe('the backup reminder', () => {
  it('counts saved changes, reminds after many, and starts again after an export', async () => {
    await watchBackups();
    const watching = $backupReminder.listen(() => undefined);
    for (let i = 0; i < 50; i += 1) await attempt(async () => i);
    expect($backupReminder.get()).toMatchObject({ due: true, reason: expect.stringMatching(/50 changes/) });

    // An export (in this tab or another) writes the time of the export: the count starts again.
    await setMeta(LAST_EXPORT_KEY, new Date().toISOString());
    await waitForStore($backupReminder, (reminder) => !reminder.due);
    watching();
  });

  it('counts the changes saved before its code arrived', async () => {
    // The reminder's code loads once a page is idle: a person may have saved changes by then.
    vi.resetModules();
    vi.stubGlobal('localStorage', memoryStorage());
    const saves = await import('../../../../src/stores/save/saveState');
    for (let i = 0; i < 50; i += 1) await saves.attempt(async () => i);
    const late = await import('../../../../src/stores/save/storage');
    await late.watchBackups();
    expect(late.$backupReminder.get()).toMatchObject({ due: true, reason: expect.stringMatching(/50 changes/) });
    vi.unstubAllGlobals();
  });

  it('can be dismissed without blocking anything', async () => {
    await watchBackups();
    for (let i = 0; i < 50; i += 1) await attempt(async () => i);
    expect($backupReminder.get().due).toBe(true);
    dismissBackupReminder();
    expect($backupReminder.get().due).toBe(false);
  });
});

describe('asking the browser to keep the data', () => {
  it('asks after the first saved change, once in this browser', async () => {
    const storage = memoryStorage();
    useReminderStorage(storage);
    const { manager, asked } = fakeManager(false, false);
    Object.defineProperty(globalThis.navigator, 'storage', { value: manager, configurable: true });
    try {
      await attempt(async () => 'first change');
      await attempt(async () => 'second change');
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(asked).toEqual(['persist']);
      expect($persistAsked.get()).toEqual({ granted: false });
      expect(storage.getItem('mlops-portal.persistenceAsked')).not.toBeNull();
    } finally {
      Object.defineProperty(globalThis.navigator, 'storage', { value: undefined, configurable: true });
    }
  });
});
