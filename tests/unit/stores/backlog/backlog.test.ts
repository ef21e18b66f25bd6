import { beforeEach, describe, expect, it } from 'vitest';
import type { PortalDb } from '../../../../src/db/db';
import { getMeta } from '../../../../src/db/meta';
import { $backlogLoad, $lastDeleted, $ratings, $useCases, loadBacklog } from '../../../../src/stores/backlog/backlog';
import {
  addUseCase,
  deleteUseCase,
  duplicateUseCase,
  setArchived,
  undoDelete,
  updateUseCase,
  type UseCaseDraft,
} from '../../../../src/stores/backlog/edit';
import { addRater, removeRater, setScore, updateRater } from '../../../../src/stores/backlog/ratings';
import { $evaluation } from '../../../../src/stores/backlog/ranking';
import { $saveState } from '../../../../src/stores/save/saveState';
import { resetBacklogStores } from '../../helpers/backlogStores';
import { useFreshDb } from '../../helpers/freshDb';

let database: PortalDb;

const draft: UseCaseDraft = {
  title: '  Customs data extraction ',
  description: 'Reads **invoices**.',
  sponsor: 'Maria Berg',
  businessUnit: 'Customs',
  family: 'document-processing',
  status: 'idea',
  dataClassification: 'confidential',
  riskTier: 'high',
  tags: ['customs'],
};

beforeEach(async () => {
  database = useFreshDb();
  resetBacklogStores();
  await loadBacklog();
});

describe('adding and editing use cases', () => {
  it('adds a use case, trimmed, to the screen and to storage', async () => {
    const created = await addUseCase(draft);
    expect(created?.title).toBe('Customs data extraction');
    expect($useCases.get()).toHaveLength(1);
    expect(await database.useCases.get(created?.id ?? '')).toEqual(created);
    expect($saveState.get().kind).toBe('saved');
  });

  it('autosaves edits, coalescing quick changes so the last one is stored', async () => {
    const created = await addUseCase(draft);
    const id = created?.id ?? '';
    const saves = ['C', 'Cu', 'Cus', 'Customs'].map((title) => updateUseCase(id, { title }).saved);
    await Promise.all(saves);
    expect((await database.useCases.get(id))?.title).toBe('Customs');
    expect($useCases.get()[0]?.title).toBe('Customs');
  });

  it('refuses to approve a high-risk use case without an approving governance review, and says why', async () => {
    const created = await addUseCase(draft);
    const result = updateUseCase(created?.id ?? '', { status: 'approved' });
    expect(result.blocked).toMatch(/high risk/);
    await result.saved;
    expect((await database.useCases.get(created?.id ?? ''))?.status).toBe('idea');
    expect(updateUseCase(created?.id ?? '', { status: 'proposed' }).blocked).toBeNull();
  });

  it('duplicates a use case with its ratings under new ids, back at "idea"', async () => {
    const created = await addUseCase({ ...draft, status: 'proposed' });
    const rating = await addRater(created?.id ?? '', 'Kari', 'Analyst');
    await setScore(rating?.id ?? '', 'cost', 2);
    const copy = await duplicateUseCase(created?.id ?? '');
    expect(copy).toMatchObject({ title: 'Copy of Customs data extraction', status: 'idea' });
    const copied = await database.ratings
      .where('useCaseId')
      .equals(copy?.id ?? '')
      .toArray();
    expect(copied).toHaveLength(1);
    expect(copied[0]?.id).not.toBe(rating?.id);
    expect(copied[0]?.scores).toEqual({ cost: 2 });
  });

  it('archives a use case: it stays stored but leaves the ranking', async () => {
    const created = await addUseCase(draft);
    expect($evaluation.get().has(created?.id ?? '')).toBe(true);
    await setArchived(created?.id ?? '', true);
    expect($evaluation.get().has(created?.id ?? '')).toBe(false);
    expect((await database.useCases.get(created?.id ?? ''))?.archived).toBe(true);
  });
});

describe('deleting with undo', () => {
  it('deletes the use case with its ratings, and undo restores both', async () => {
    const created = await addUseCase(draft);
    const id = created?.id ?? '';
    const first = await addRater(id, 'Kari', '');
    await addRater(id, 'Ola', '');
    await setScore(first?.id ?? '', 'business-value', 4);

    expect(await deleteUseCase(id)).toBe(true);
    expect(await database.useCases.count()).toBe(0);
    expect(await database.ratings.count()).toBe(0);
    expect($useCases.get()).toEqual([]);
    expect($lastDeleted.get()?.ratings).toHaveLength(2);

    const restored = await undoDelete();
    expect(restored?.id).toBe(id);
    expect(await database.useCases.get(id)).toEqual(created);
    const stored = await database.ratings.where('useCaseId').equals(id).toArray();
    expect(stored.map((rating) => rating.raterName).sort()).toEqual(['Kari', 'Ola']);
    expect(stored.find((rating) => rating.raterName === 'Kari')?.scores).toEqual({ 'business-value': 4 });
    expect($lastDeleted.get()).toBeNull();
    expect(await getMeta('backlog.lastDeleted')).toBeUndefined();
  });

  it('keeps the undo after a reload', async () => {
    const created = await addUseCase(draft);
    await deleteUseCase(created?.id ?? '');
    resetBacklogStores();
    await loadBacklog();
    expect($lastDeleted.get()?.useCase.id).toBe(created?.id);
    await undoDelete();
    expect($useCases.get().map((useCase) => useCase.id)).toEqual([created?.id]);
  });
});

describe('ratings', () => {
  it('adds raters, sets and clears scores, and removes a rater', async () => {
    const created = await addUseCase(draft);
    const id = created?.id ?? '';
    const kari = await addRater(id, ' Kari ', 'Analyst');
    const ola = await addRater(id, 'Ola', 'Lead');
    await setScore(kari?.id ?? '', 'feasibility', 2);
    await setScore(ola?.id ?? '', 'feasibility', 5);
    await setScore(kari?.id ?? '', 'cost', 3);
    await setScore(kari?.id ?? '', 'cost', null);
    await updateRater(kari?.id ?? '', { comment: 'Needs a spike' });

    const stored = await database.ratings.get(kari?.id ?? '');
    expect(stored).toMatchObject({ raterName: 'Kari', scores: { feasibility: 2 }, comment: 'Needs a spike' });
    const evaluation = $evaluation.get().get(id);
    expect(evaluation?.aggregate.stats.find((stat) => stat.criterionId === 'feasibility')).toMatchObject({
      median: 3.5,
      spread: 3,
      disagreement: true,
    });

    await removeRater(ola?.id ?? '');
    expect(await database.ratings.count()).toBe(1);
    expect($ratings.get()).toHaveLength(1);
  });

  it('loads what was stored', async () => {
    const created = await addUseCase(draft);
    const rating = await addRater(created?.id ?? '', 'Kari', '');
    await setScore(rating?.id ?? '', 'data-availability', 1);
    resetBacklogStores();
    await loadBacklog();
    expect($backlogLoad.get()).toEqual({ kind: 'ready' });
    expect($evaluation.get().get(created?.id ?? '')?.blocked).toBe(true);
  });
});
