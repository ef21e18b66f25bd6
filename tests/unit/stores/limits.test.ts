import { beforeEach, describe, expect, it } from 'vitest';
import { putAssessment } from '../../../src/db/assessments';
import { readWorkspace } from '../../../src/db/workspace';
import { limits } from '../../../src/schemas/limits';
import { workspaceDataSchema } from '../../../src/schemas/workspace';
import { closeAssessment, openAssessment, updateAnswer, updateAssessmentDetails } from '../../../src/stores/assessment/answering';
import { createAssessment } from '../../../src/stores/assessment/assessments';
import { createMilestone } from '../../../src/stores/assessment/results';
import { addUseCase, updateUseCase } from '../../../src/stores/backlog/edit';
import { saveCustomProfile } from '../../../src/stores/backlog/profileEdit';
import { addRater, updateRater } from '../../../src/stores/backlog/ratings';
import { commitText, editText, updateItem } from '../../../src/stores/governance/answers';
import { signOff } from '../../../src/stores/governance/decision';
import { startNewReview } from '../../../src/stores/governance/start';
import { $reviewer } from '../../../src/stores/governance/review';
import { resetBacklogStores } from '../helpers/backlogStores';
import { useFreshDb } from '../helpers/freshDb';
import { freshGovernance, startAndOpen, template, templates, useCase } from '../helpers/governanceStore';
import { makeAssessment } from '../helpers/records';

const text = (length: number) => 'é'.repeat(length);
const ref = { id: 'mlops-maturity', version: '1.0.0', hash: 'a'.repeat(64) };

/** What the workspace holds now, parsed as an export of it would be. */
async function storedParses(): Promise<void> {
  const result = workspaceDataSchema.safeParse(await readWorkspace());
  expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
}

const details = (overrides: Record<string, string> = {}) => ({
  name: 'Edge values',
  organisation: '',
  team: '',
  round: '',
  respondentName: '',
  respondentRole: '',
  date: '2026-11-24',
  ...overrides,
});

describe('no store action stores what the workspace schema would refuse', () => {
  beforeEach(() => {
    useFreshDb();
    closeAssessment();
    resetBacklogStores();
  });

  it('assessments, answers and milestones: the longest allowed text is kept, one more character is refused', async () => {
    const longest = details({
      name: text(limits.assessment.name),
      organisation: text(limits.assessment.organisation),
      team: text(limits.assessment.team),
      respondentName: text(limits.assessment.respondentName),
      respondentRole: text(limits.assessment.respondentRole),
    });
    const kept = await createAssessment(longest, ref);
    expect(kept?.organisation).toHaveLength(limits.assessment.organisation);
    expect(await createAssessment(details({ organisation: text(150) }), ref)).toBeUndefined();
    expect(await createAssessment(details({ name: '   ' }), ref)).toBeUndefined();

    await putAssessment(makeAssessment({ id: 'assessment-1' }));
    await openAssessment('assessment-1');
    await updateAssessmentDetails({ organisation: text(limits.assessment.organisation + 1) });
    await updateAssessmentDetails({ team: text(limits.assessment.team) });
    await updateAssessmentDetails({ name: '' });
    await updateAnswer('ci', { state: 'not-applicable', naReason: text(limits.answer.naReason + 1) });
    await updateAnswer('ci', { state: 'not-applicable', naReason: text(limits.answer.naReason) });
    await updateAnswer('ci', { notes: text(limits.answer.notes + 1) });
    await updateAnswer('roles', { notes: text(limits.answer.notes) });
    const link = (index: number) => ({
      id: `evidence-${String(index).padStart(4, '0')}`,
      label: 'x',
      url: 'https://example.org',
    });
    await updateAnswer('roles', { evidence: Array.from({ length: limits.answer.evidence + 1 }, (_, index) => link(index)) });
    await updateAnswer('roles', { evidence: [{ ...link(1), label: text(limits.evidence.label + 1) }] });
    expect(await createMilestone(text(limits.milestone.name + 1), '2026-11-24')).toBeUndefined();
    expect(await createMilestone(text(limits.milestone.name), '2026-11-24')).toBeDefined();
    await storedParses();
    const stored = await readWorkspace();
    expect(stored.assessments.find((a) => a.id === 'assessment-1')?.team).toHaveLength(limits.assessment.team);
    expect(stored.answers.find((a) => a.capabilityId === 'ci')?.naReason).toHaveLength(limits.answer.naReason);
  });

  it('use cases, ratings and weight profiles', async () => {
    const draft = {
      title: text(limits.useCase.title),
      description: text(limits.useCase.description),
      sponsor: text(limits.useCase.sponsor),
      businessUnit: text(limits.useCase.businessUnit),
      family: 'other' as const,
      status: 'idea' as const,
      dataClassification: 'public' as const,
      riskTier: 'low' as const,
      tags: Array.from({ length: limits.useCase.tags }, (_, index) => `${index}${'t'.repeat(limits.useCase.tag - 2)}`),
    };
    const added = await addUseCase(draft);
    expect(added).toBeDefined();
    expect(await addUseCase({ ...draft, title: text(limits.useCase.title + 1) })).toBeUndefined();
    expect(await addUseCase({ ...draft, tags: [...draft.tags, 'one-too-many'] })).toBeUndefined();
    expect(await addUseCase({ ...draft, tags: ['t'.repeat(limits.useCase.tag + 1)] })).toBeUndefined();
    if (!added) throw new Error('not added');
    await updateUseCase(added.id, { sponsor: text(limits.useCase.sponsor + 1) }).saved;
    await updateUseCase(added.id, { title: '' }).saved;

    expect(await addRater(added.id, text(limits.rating.raterName + 1), '')).toBeUndefined();
    const rating = await addRater(added.id, text(limits.rating.raterName), text(limits.rating.raterRole));
    if (!rating) throw new Error('not added');
    await updateRater(rating.id, { comment: text(limits.rating.comment + 1) });
    await updateRater(rating.id, { raterName: '  ' });
    await updateRater(rating.id, { comment: text(limits.rating.comment) });

    const weights = { 'data-availability': 1, feasibility: 1, 'business-value': 1, cost: 1, 'time-to-market': 1 };
    expect(await saveCustomProfile({ name: text(limits.weightProfile.name + 1), weights })).toBeUndefined();
    expect(await saveCustomProfile({ name: text(limits.weightProfile.name), weights })).toBeDefined();
    await storedParses();
  });

  it('reviews: names, findings, justifications, notes and sign-off', async () => {
    await freshGovernance();
    const tooLongReviewer = await startNewReview(
      {
        templateKey: 'test-checklist@1.0.0',
        subjectKind: 'use-case',
        useCaseId: useCase.id,
        modelName: '',
        reviewerName: text(121),
      },
      templates,
    );
    expect(tooLongReviewer.ok).toBe(false);
    const tooLongModel = await startNewReview(
      { templateKey: 'test-checklist@1.0.0', subjectKind: 'model', useCaseId: '', modelName: text(161), reviewerName: 'Ingrid' },
      templates,
    );
    expect(tooLongModel.ok).toBe(false);

    await startAndOpen();
    const [first, second] = template.items;
    if (!first || !second) throw new Error('template has too few items');
    $reviewer.set(text(limits.audit.actor + 1));
    expect(await updateItem(first.id, { status: 'met' })).toBe(false);
    $reviewer.set(text(limits.audit.actor));
    expect(
      await updateItem(first.id, { status: 'not-applicable', justification: text(limits.reviewAnswer.justification + 1) }),
    ).toBe(false);
    expect(await updateItem(first.id, { status: 'not-applicable', justification: text(limits.reviewAnswer.justification) })).toBe(
      true,
    );
    editText(second.id, 'notes', text(limits.reviewAnswer.notes + 1));
    expect(await commitText(second.id, 'notes')).toBe(false);
    const refused = await signOff({
      reviewerName: text(limits.signOff.reviewerName + 1),
      reviewerRole: 'Ethics reviewer',
      decision: 'reject',
      conditions: '',
      date: '2026-11-24',
    });
    expect(refused.ok).toBe(false);
    const signed = await signOff({
      reviewerName: text(limits.signOff.reviewerName),
      reviewerRole: text(limits.signOff.reviewerRole),
      decision: 'reject',
      conditions: text(limits.signOff.conditions),
      date: '2026-11-24',
    });
    expect(signed.ok).toBe(true);
    await storedParses();
  });
});
