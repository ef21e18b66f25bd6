import { describe, expect, it } from 'vitest';
import { applyMerge, freshId, planMerge, type MergeOutcome } from '../../../../src/lib/exchange/merge';
import { emptyWorkspaceData } from '../../../../src/lib/workspaceData';
import type { WorkspaceData } from '../../../../src/schemas/workspace';
import { clone, extendHistory, fixtureData } from './mergeFixture';

const LINEAGE = 'sample-lineage-eta-readiness';
const ASSESSMENT = 'sample-assessment-2026q4';

/** What the workspace holds after an outcome is written (put by key, answers removed). */
function written(mine: WorkspaceData, outcome: MergeOutcome): WorkspaceData {
  const next = clone(mine);
  const key = (table: keyof WorkspaceData, row: Record<string, unknown>) =>
    table === 'answers'
      ? `${String(row['assessmentId'])}/${String(row['capabilityId'])}`
      : table === 'reviewAnswers'
        ? `${String(row['reviewId'])}/${String(row['itemId'])}`
        : String(row['id']);
  for (const table of Object.keys(outcome.put) as (keyof WorkspaceData)[]) {
    const rows = new Map((next[table] as unknown as Record<string, unknown>[]).map((row) => [key(table, row), row]));
    for (const row of outcome.put[table] as unknown as Record<string, unknown>[]) rows.set(key(table, row), row);
    (next as unknown as Record<string, unknown[]>)[table] = [...rows.values()];
  }
  return next;
}

describe('planMerge', () => {
  it('adds everything into an empty workspace', () => {
    const theirs = fixtureData();
    const plan = planMerge(emptyWorkspaceData(), theirs);
    expect(plan.items.every((item) => item.status === 'added')).toBe(true);
    expect(plan.tables.answers).toEqual({ added: theirs.answers.length, unchanged: 0, changed: 0, conflicts: 0 });
    expect(plan.tables.auditLog.added).toBe(theirs.auditLog.length);
    const outcome = applyMerge(emptyWorkspaceData(), theirs, plan);
    expect(written(emptyWorkspaceData(), outcome).auditLog).toHaveLength(theirs.auditLog.length);
  });

  it('finds nothing to do when both sides hold the same data, whatever the order of rows', () => {
    const mine = fixtureData();
    const theirs = clone(mine);
    theirs.answers.reverse();
    theirs.auditLog.reverse();
    const plan = planMerge(mine, theirs);
    expect(plan.items.every((item) => item.status === 'unchanged')).toBe(true);
    const outcome = applyMerge(mine, theirs, plan, { all: 'take-theirs' });
    expect(Object.values(outcome.put).every((rows) => rows.length === 0)).toBe(true);
  });

  it('reports a conflict per table when an answer differs, and suggests the newer copy', () => {
    const mine = fixtureData();
    const theirs = clone(mine);
    const answer = theirs.answers[0];
    if (!answer) throw new Error('no answer');
    answer.notes = 'Changed in another browser';
    answer.updatedAt = '2027-01-01T00:00:00.000Z';
    const plan = planMerge(mine, theirs);
    const item = plan.items.find((found) => found.key === `assessment:${ASSESSMENT}`);
    expect(item).toMatchObject({ status: 'conflict', suggested: 'take-theirs', newer: 'theirs' });
    expect(item?.choices).toEqual(['keep-mine', 'take-theirs', 'keep-both']);
    expect(item?.note).toBe(
      `Yours has ${mine.answers.length} answers and the file ${theirs.answers.length} answers: 1 differs from yours and 0 are new. Taking theirs keeps your other answers.`,
    );
    expect(plan.tables.answers.conflicts).toBe(1);
    expect(plan.tables.assessments.unchanged).toBe(1);
  });
});

describe('applyMerge resolutions', () => {
  function conflicting() {
    const mine = fixtureData();
    const theirs = clone(mine);
    const [assessment] = theirs.assessments;
    const [useCase] = theirs.useCases;
    if (!assessment || !useCase) throw new Error('fixture incomplete');
    assessment.name = 'Their name';
    useCase.title = 'Their title';
    // Their copy lacks one answer mine has.
    const dropped = theirs.answers.pop();
    return { mine, theirs, dropped };
  }

  it('keep mine writes nothing of the conflicting items', () => {
    const { mine, theirs } = conflicting();
    const outcome = applyMerge(mine, theirs, planMerge(mine, theirs), { all: 'keep-mine' });
    expect(written(mine, outcome)).toEqual(mine);
  });

  it('take theirs writes their copy over mine and keeps the answers their copy does not have', () => {
    const { mine, theirs, dropped } = conflicting();
    const outcome = applyMerge(mine, theirs, planMerge(mine, theirs), { all: 'take-theirs' });
    const after = written(mine, outcome);
    expect(after.assessments[0]?.name).toBe('Their name');
    expect(after.useCases.find((row) => row.id === theirs.useCases[0]?.id)?.title).toBe('Their title');
    expect(after.answers).toHaveLength(mine.answers.length);
    expect(after.answers).toContainEqual(dropped);
  });

  it('keep both stores the incoming copy under a new id and points its records at the copy', () => {
    const { mine, theirs } = conflicting();
    const outcome = applyMerge(mine, theirs, planMerge(mine, theirs), { all: 'keep-both' });
    const after = written(mine, outcome);
    const copyId = freshId(ASSESSMENT, new Set());
    expect(after.assessments.map((row) => row.id).sort()).toEqual([ASSESSMENT, copyId].sort());
    expect(after.assessments.find((row) => row.id === copyId)?.name).toBe('Their name');
    expect(after.answers.filter((row) => row.assessmentId === copyId)).toHaveLength(theirs.answers.length);
    expect(after.answers.filter((row) => row.assessmentId === ASSESSMENT)).toHaveLength(mine.answers.length);
    // The use case's copy takes the ratings that came with it; their ratings are unchanged, so mine stay on mine.
    const useCaseCopy = freshId(theirs.useCases[0]?.id ?? '', new Set());
    expect(after.useCases.some((row) => row.id === useCaseCopy)).toBe(true);
  });

  it('keep both points added milestones and ratings at the copies', () => {
    const mine = fixtureData();
    const theirs = clone(mine);
    const [assessment] = theirs.assessments;
    const [milestone] = theirs.milestones;
    const [rating] = theirs.ratings;
    if (!assessment || !milestone || !rating) throw new Error('fixture incomplete');
    assessment.name = 'Their name';
    theirs.useCases[0] = { ...(theirs.useCases[0] as WorkspaceData['useCases'][number]), title: 'Their title' };
    theirs.milestones.push({ ...milestone, id: 'their-new-milestone' });
    theirs.ratings.push({ ...rating, id: 'their-new-rating', useCaseId: theirs.useCases[0]?.id ?? '' });
    const after = written(mine, applyMerge(mine, theirs, planMerge(mine, theirs), { all: 'keep-both' }));
    const added = after.milestones.find((row) => row.id === 'their-new-milestone');
    expect(added?.assessmentId).toBe(freshId(ASSESSMENT, new Set()));
    expect(added?.assessment.id).toBe(added?.assessmentId);
    expect(added?.answers.every((answer) => answer.assessmentId === added.assessmentId)).toBe(true);
    expect(after.ratings.find((row) => row.id === 'their-new-rating')?.useCaseId).toBe(
      freshId(theirs.useCases[0]?.id ?? '', new Set()),
    );
  });

  it('a decision for one item wins over "apply to all"', () => {
    const { mine, theirs } = conflicting();
    const plan = planMerge(mine, theirs);
    const outcome = applyMerge(mine, theirs, plan, {
      all: 'keep-mine',
      byItem: { [`useCase:${theirs.useCases[0]?.id}`]: 'take-theirs' },
    });
    const after = written(mine, outcome);
    expect(after.assessments[0]?.name).toBe(mine.assessments[0]?.name);
    expect(after.useCases.find((row) => row.id === theirs.useCases[0]?.id)?.title).toBe('Their title');
    expect(outcome.applied).toMatchObject({ [`assessment:${ASSESSMENT}`]: 'keep-mine' });
  });

  it('invents ids that do not clash and are the same on every run', () => {
    expect(freshId('abcdefgh', new Set(['abcdefgh-copy']))).toBe('abcdefgh-copy2');
    expect(freshId('x'.repeat(64), new Set())).toHaveLength(57);
    const { mine, theirs } = conflicting();
    const once = applyMerge(mine, theirs, planMerge(mine, theirs), { all: 'keep-both' });
    const twice = applyMerge(mine, theirs, planMerge(mine, theirs), { all: 'keep-both' });
    expect(once).toEqual(twice);
  });

  it('changes nothing when the merged result is merged again', () => {
    const { mine, theirs } = conflicting();
    const after = written(mine, applyMerge(mine, theirs, planMerge(mine, theirs), { all: 'take-theirs' }));
    const again = planMerge(after, theirs);
    expect(again.items.every((item) => item.status === 'unchanged')).toBe(true);
  });

  it('takes the incoming weight profile choice only when none is chosen here, following a copy', () => {
    const mine = fixtureData();
    const theirs = clone(mine);
    const profile = theirs.weightProfiles[0];
    if (!profile) throw new Error('no profile');
    profile.name = 'Their profile';
    const plan = planMerge(mine, theirs);
    const kept = applyMerge(
      mine,
      theirs,
      plan,
      { all: 'keep-both' },
      { mine: { weightProfileId: 'equal' }, theirs: { weightProfileId: profile.id } },
    );
    expect(kept.settings).toBeNull();
    const taken = applyMerge(mine, theirs, plan, { all: 'keep-both' }, { mine: {}, theirs: { weightProfileId: profile.id } });
    expect(taken.settings).toEqual({ weightProfileId: freshId(profile.id, new Set()) });
  });
});

describe('review histories are only appended to', () => {
  it('a history that continues the stored one is a change that appends the new entries', async () => {
    const mine = fixtureData();
    const theirs = clone(mine);
    const entry = await extendHistory(theirs, LINEAGE, 'their-entry-0001');
    const plan = planMerge(mine, theirs);
    const item = plan.items.find((found) => found.key === `review:${LINEAGE}`);
    expect(item?.status).toBe('changed');
    expect(plan.tables.auditLog).toMatchObject({ added: 1, unchanged: mine.auditLog.length });
    const outcome = applyMerge(mine, theirs, plan);
    expect(outcome.put.auditLog).toEqual([entry]);
  });

  it('finds nothing to do when the stored copy already holds the whole incoming history', async () => {
    const mine = fixtureData();
    const theirs = clone(mine);
    await extendHistory(mine, LINEAGE, 'my-entry-0001');
    const plan = planMerge(mine, theirs);
    expect(plan.items.find((found) => found.key === `review:${LINEAGE}`)).toMatchObject({ status: 'unchanged' });
    expect(applyMerge(mine, theirs, plan, { all: 'take-theirs' }).put.auditLog).toEqual([]);
  });

  it('keeps the stored copy when it has the later history and the review moved on', async () => {
    const mine = fixtureData();
    const theirs = clone(mine);
    await extendHistory(mine, LINEAGE, 'my-entry-0001');
    const [review] = mine.reviews;
    if (!review) throw new Error('no review');
    review.updatedAt = '2027-01-01T00:00:00.000Z';
    const plan = planMerge(mine, theirs);
    expect(plan.items.find((found) => found.key === `review:${LINEAGE}`)).toMatchObject({
      status: 'changed',
      suggested: 'keep-mine',
    });
    expect(applyMerge(mine, theirs, plan, { all: 'take-theirs' }).put.auditLog).toEqual([]);
  });

  it('keeps mine and reports the entries when the two histories have parted', async () => {
    const mine = fixtureData();
    const theirs = clone(mine);
    await extendHistory(mine, LINEAGE, 'my-entry-0001');
    await extendHistory(theirs, LINEAGE, 'their-entry-0001', 'other-note');
    const plan = planMerge(mine, theirs);
    const item = plan.items.find((found) => found.key === `review:${LINEAGE}`);
    expect(item).toMatchObject({ status: 'conflict', choices: ['keep-mine'] });
    expect(item?.note).toMatch(/part at entry 24/);
    expect(plan.refusedEntries.map((entry) => entry.id)).toEqual(['their-entry-0001']);
    const outcome = applyMerge(mine, theirs, plan, { all: 'take-theirs' });
    expect(outcome.applied[`review:${LINEAGE}`]).toBe('keep-mine');
    expect(outcome.put.auditLog).toEqual([]);
    expect(outcome.put.reviews).toEqual([]);
  });

  it('never overwrites a stored audit entry, even one that only an id ties to the incoming one', () => {
    const mine = fixtureData();
    const theirs = clone(mine);
    const [first] = theirs.auditLog;
    if (!first) throw new Error('no entry');
    // A different review's history reusing a stored entry's id.
    theirs.reviews.push({
      ...(theirs.reviews[0] as WorkspaceData['reviews'][number]),
      id: 'other-review-1',
      lineageId: 'other-lineage',
    });
    theirs.auditLog.push({ ...first, lineageId: 'other-lineage', reviewId: 'other-review-1', actor: 'Someone else' });
    const plan = planMerge(mine, theirs);
    expect(plan.refusedEntries).toEqual([expect.objectContaining({ id: first.id, lineageId: 'other-lineage' })]);
    const outcome = applyMerge(mine, theirs, plan, { all: 'take-theirs' });
    expect(outcome.put.auditLog.some((entry) => entry.id === first.id)).toBe(false);
  });

  it('never replaces a signed-off revision with a different one', () => {
    const mine = fixtureData();
    const theirs = clone(mine);
    const review = theirs.reviews[0];
    if (!review?.signOff) throw new Error('the fixture review is not signed off');
    review.signOff = { ...review.signOff, reviewerName: 'Someone else' };
    const plan = planMerge(mine, theirs);
    expect(plan.items.find((found) => found.key === `review:${LINEAGE}`)).toMatchObject({
      status: 'conflict',
      choices: ['keep-mine'],
    });
    expect(applyMerge(mine, theirs, plan, { all: 'take-theirs' }).put.reviews).toEqual([]);
  });

  it('points a newly added review at the copy of its use case', () => {
    const mine = fixtureData();
    mine.reviews = [];
    mine.reviewAnswers = [];
    mine.auditLog = [];
    const theirs = fixtureData();
    const useCaseId = theirs.reviews[0]?.subject.kind === 'use-case' ? theirs.reviews[0].subject.useCaseId : '';
    theirs.useCases = theirs.useCases.map((row) => (row.id === useCaseId ? { ...row, title: 'Their title' } : row));
    const outcome = applyMerge(mine, theirs, planMerge(mine, theirs), { all: 'keep-both' });
    expect(outcome.put.reviews[0]?.subject).toEqual({ kind: 'use-case', useCaseId: freshId(useCaseId, new Set()) });
    // The history is written exactly as it came: its fingerprints cover every field.
    expect(outcome.put.auditLog).toEqual(theirs.auditLog);
  });
});
