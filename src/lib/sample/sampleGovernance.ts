/**
 * Builds the sample governance reviews from the stories in sampleGovernanceStories.ts, through the
 * same transitions the portal uses, so every history is a genuine hash chain that verifies.
 * Ids and timestamps are fixed: the same use cases and templates always give the same records.
 */
import type { ChecklistTemplate } from '../../schemas/checklistTemplate';
import type { AuditEntry, Review, ReviewAnswer, UseCaseSnapshot } from '../../schemas/governance';
import { appendEntry, type AuditDraft } from '../governance/auditChain';
import { signOffReview } from '../governance/signOff';
import { reopenReview, startReview } from '../governance/lifecycle';
import { changeAnswer, type AnswerPatch } from '../governance/transitions';
import type { SampleReviewStory, SampleStep } from './sampleGovernanceData';
import { sampleReviewStories } from './sampleGovernanceStories';

export interface SampleUseCaseRef extends UseCaseSnapshot {
  id: string;
}

export interface SampleGovernance {
  reviews: Review[];
  reviewAnswers: ReviewAnswer[];
  auditLog: AuditEntry[];
}

const MINUTES_BETWEEN_STEPS = 4;
const STEP_FAILED = 'A step of the sample governance story could not be applied';

export async function buildSampleGovernance(
  useCases: readonly SampleUseCaseRef[],
  templates: readonly ChecklistTemplate[],
  now: Date,
): Promise<SampleGovernance> {
  const result: SampleGovernance = { reviews: [], reviewAnswers: [], auditLog: [] };
  const taken = new Set<string>();
  for (const story of sampleReviewStories) {
    const template = templates.find((candidate) => candidate.id === story.templateId);
    // A story that starts after the clock, or whose checklist is gone, is left out rather than invented.
    if (!template || Date.parse(story.startedAt) > now.getTime()) continue;
    const useCase = pickUseCase(story, useCases, taken);
    if (useCase) taken.add(useCase.id);
    const built = await buildStory(story, template, useCase);
    result.reviews.push(...built.reviews);
    result.reviewAnswers.push(...built.answers);
    result.auditLog.push(...built.log);
  }
  return result;
}

/** The story's own use case when the backlog has it, otherwise the first unused one of the same risk tier. */
function pickUseCase(
  story: SampleReviewStory,
  useCases: readonly SampleUseCaseRef[],
  taken: ReadonlySet<string>,
): SampleUseCaseRef | null {
  if (story.useCaseId === null) return null;
  return (
    useCases.find((candidate) => candidate.id === story.useCaseId) ??
    useCases.find((candidate) => candidate.riskTier === story.fallbackRiskTier && !taken.has(candidate.id)) ??
    null
  );
}

interface BuiltStory {
  reviews: Review[];
  answers: ReviewAnswer[];
  log: AuditEntry[];
}

async function buildStory(
  story: SampleReviewStory,
  template: ChecklistTemplate,
  useCase: SampleUseCaseRef | null,
): Promise<BuiltStory> {
  const lineageId = `sample-lineage-${story.key}`;
  const log: AuditEntry[] = [];
  const append = (draft: AuditDraft) => appendEntry(log, draft, { id: `sample-audit-${story.key}-${log.length + 1}`, lineageId });
  const snapshot = useCase
    ? { title: useCase.title, dataClassification: useCase.dataClassification, riskTier: useCase.riskTier }
    : null;

  const started = startReview({
    reviewId: `sample-review-${story.key}-1`,
    lineageId,
    subject: useCase ? { kind: 'use-case', useCaseId: useCase.id } : { kind: 'model', name: story.modelName },
    snapshot,
    template,
    actor: story.reviewer,
    at: story.startedAt,
  });
  await append(started.draft);
  let review = started.review;
  const answers = new Map<string, ReviewAnswer>();
  const reviews: Review[] = [];
  const superseded: ReviewAnswer[] = [];
  let evidenceCount = 0;
  const evidenceId = () => `sample-evidence-${story.key}-${(evidenceCount += 1)}`;

  const play = async (steps: readonly SampleStep[], from: string, actor: string) => {
    let index = 0;
    for (const step of steps) {
      index += 1;
      const at = minutesAfter(from, index * MINUTES_BETWEEN_STEPS);
      const current = answers.get(step.item);
      const change = changeAnswer(review, current, step.item, patchOf(step, current, evidenceId), { actor, at });
      // A stand-in use case may leave out an item the story answers; that step is simply skipped.
      if (!change.ok && change.refusal === 'not-applicable-by-condition') continue;
      if (!change.ok) throw new Error(`${STEP_FAILED} (${story.key}, ${step.item}): ${change.message}`);
      answers.set(step.item, change.answer);
      if (change.draft) await append(change.draft);
      review = { ...review, updatedAt: at };
    }
  };

  await play(story.steps, story.startedAt, story.reviewer);
  if (story.signOff) {
    const { at, ...form } = story.signOff;
    const signed = signOffReview(review, [...answers.values()], form, { actor: form.reviewerName, at }, form.date);
    // With a stand-in use case more items may apply; the review then simply stays open.
    if (signed.ok) {
      review = signed.review;
      await append(signed.draft);
    }
  }
  if (story.reopen && review.status === 'signed-off') {
    const { at, by, reason, steps } = story.reopen;
    const reopened = reopenReview(review, [...answers.values()], {
      newReviewId: `sample-review-${story.key}-2`,
      reason,
      snapshot,
      actor: by,
      at,
    });
    if (!reopened.ok) throw new Error(`${STEP_FAILED} (${story.key}, reopening): ${reopened.message}`);
    await append(reopened.draft);
    reviews.push(reopened.superseded);
    review = reopened.next;
    // Both revisions keep their answers: the superseded one as it was signed off.
    superseded.push(...answers.values());
    answers.clear();
    reopened.answers.forEach((answer) => answers.set(answer.itemId, answer));
    await play(steps, at, by);
  }
  reviews.push(review);
  return { reviews, answers: [...superseded, ...answers.values()], log };
}

/** A step's change; evidence it names is added to what the item already has, as a reviewer would. */
function patchOf(step: SampleStep, current: ReviewAnswer | undefined, evidenceId: () => string): AnswerPatch {
  const patch: AnswerPatch = {};
  if (step.status !== undefined) patch.status = step.status;
  if (step.justification !== undefined) patch.justification = step.justification;
  if (step.notes !== undefined) patch.notes = step.notes;
  if (step.evidence !== undefined) {
    patch.evidence = [...(current?.evidence ?? []), ...step.evidence.map(([label, url]) => ({ id: evidenceId(), label, url }))];
  }
  return patch;
}

function minutesAfter(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}
