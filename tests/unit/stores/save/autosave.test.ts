import { beforeEach, describe, expect, it } from 'vitest';
import { autosave } from '../../../../src/stores/save/autosave';
import { $saveState, resetSaveState } from '../../../../src/stores/save/saveState';

interface Note {
  id: string;
  title: string;
  body: string;
  updatedAt: string;
}
type NotePatch = Partial<Pick<Note, 'title' | 'body'>>;

/** A fake storage whose writes wait until released, to look at the screen meanwhile. */
function fakeStorage(initial: Note) {
  let stored = initial;
  let clock = 0;
  const gates: (() => void)[] = [];
  const writes: NotePatch[] = [];
  let failNext: Error | null = null;
  const saves = autosave<Note, NotePatch>({
    name: `note-${crypto.randomUUID()}`,
    apply: (record, patch) => record && { ...record, ...patch },
    stamp: (note) => note.updatedAt,
    write: async (_key, patch) => {
      writes.push(patch);
      await new Promise<void>((resolve) => gates.push(resolve));
      if (failNext) {
        const error = failNext;
        failNext = null;
        throw error;
      }
      clock += 1;
      stored = { ...stored, ...patch, updatedAt: `2026-01-01T00:00:0${clock}.000Z` };
      return stored;
    },
  });
  return {
    saves,
    writes,
    stored: () => stored,
    otherTab: (patch: NotePatch) => {
      clock += 1;
      stored = { ...stored, ...patch, updatedAt: `2026-01-01T00:00:0${clock}.000Z` };
    },
    release: async () => {
      while (gates.length === 0) await Promise.resolve();
      gates.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    failNextWith: (error: Error) => (failNext = error),
  };
}

const first: Note = { id: 'n', title: 'Title', body: 'Body', updatedAt: '2026-01-01T00:00:00.000Z' };

describe('autosave', () => {
  beforeEach(() => resetSaveState());

  it('shows a change at once and joins the changes made while a write is in flight into one write', async () => {
    const storage = fakeStorage(first);
    const done = storage.saves.save('n', { body: 'B' });
    void storage.saves.save('n', { body: 'Bo' });
    void storage.saves.save('n', { title: 'T2' });
    expect(storage.saves.shown('n', first)).toMatchObject({ title: 'T2', body: 'Bo' });
    await storage.release();
    await storage.release();
    expect(await done).toBe(true);
    expect(storage.writes).toEqual([{ body: 'B' }, { body: 'Bo', title: 'T2' }]);
    expect(storage.stored()).toMatchObject({ title: 'T2', body: 'Bo' });
  });

  it('keeps what is being typed on screen when a live update of the same field arrives meanwhile', async () => {
    const storage = fakeStorage(first);
    const done = storage.saves.save('n', { body: 'Typed here' });
    storage.otherTab({ body: 'Typed elsewhere', title: 'Other title' });
    // The live query now shows the other tab's record: the field being typed keeps its draft, the other field follows.
    expect(storage.saves.shown('n', storage.stored())).toMatchObject({ body: 'Typed here', title: 'Other title' });
    await storage.release();
    await done;
    expect(storage.saves.shown('n', storage.stored())).toMatchObject({ body: 'Typed here', title: 'Other title' });
  });

  it('shows the later write of the same field once this tab has nothing unsaved', async () => {
    const storage = fakeStorage(first);
    const done = storage.saves.save('n', { body: 'Mine' });
    await storage.release();
    await done;
    storage.otherTab({ body: 'Theirs, later' });
    expect(storage.saves.shown('n', storage.stored())?.body).toBe('Theirs, later');
  });

  it('shows the stored result while the live query has not caught up yet, so nothing flickers back', async () => {
    const storage = fakeStorage(first);
    const done = storage.saves.save('n', { body: 'New' });
    await storage.release();
    await done;
    expect(storage.saves.shown('n', first)?.body).toBe('New');
  });

  it('keeps a failed change on screen and in the queue, and writes it with the next change', async () => {
    const storage = fakeStorage(first);
    storage.failNextWith(new DOMException('full', 'QuotaExceededError'));
    const failed = storage.saves.save('n', { body: 'Not stored yet' });
    await storage.release();
    expect(await failed).toBe(false);
    expect(storage.stored().body).toBe('Body');
    expect(storage.saves.shown('n', storage.stored())?.body).toBe('Not stored yet');
    expect($saveState.get()).toMatchObject({ kind: 'error', retry: true });

    const next = storage.saves.save('n', { title: 'And a title' });
    await storage.release();
    expect(await next).toBe(true);
    expect(storage.stored()).toMatchObject({ body: 'Not stored yet', title: 'And a title' });
    expect($saveState.get().kind).toBe('saved');
  });
});
