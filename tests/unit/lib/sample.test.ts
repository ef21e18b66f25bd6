import { beforeAll, describe, expect, it } from 'vitest';
import { buildSampleWorkspace, SAMPLE_ASSESSMENT_ID } from '../../../src/lib/sample/buildSample';
import { sampleAnswers } from '../../../src/lib/sample/sampleAnswers';
import type { Answer } from '../../../src/schemas/assessment';
import type { Questionnaire } from '../../../src/schemas/questionnaire';
import type { WorkspaceFile } from '../../../src/schemas/workspace';
import { restore } from '../../../src/lib/exchange/restore';
import { describeProblem } from '../../../src/lib/exchange/problems';
import { loadQuestionnaire } from '../helpers/loadContent';
import { evaluateBacklog } from '../../../src/lib/backlog/evaluate';
import { loadChecklists } from '../helpers/loadChecklists';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { riskScreeningSchema } from '../../../src/schemas/riskScreening';

const screening = riskScreeningSchema.parse(
  parse(readFileSync(join(process.cwd(), 'content/governance/risk-screening.yaml'), 'utf8')),
);

const now = new Date('2026-11-20T09:00:00Z');

let questionnaire: Questionnaire;
let sample: WorkspaceFile;

beforeAll(async () => {
  questionnaire = await loadQuestionnaire();
  sample = await buildSampleWorkspace(questionnaire, now, loadChecklists(), screening);
});

function describeAnswer(answer: Answer): string {
  return answer.state === 'level' ? `level ${answer.level}` : String(answer.state);
}

describe('the sample workspace', () => {
  it('screens some use cases, keeps each tier as decided, and shows one explained overrule', () => {
    const screened = sample.data.useCases.filter((useCase) => useCase.riskScreening);
    expect(screened.length).toBeGreaterThanOrEqual(4);
    for (const useCase of screened) expect(useCase.riskScreening?.decidedTier).toBe(useCase.riskTier);
    const overruled = screened.filter((useCase) => useCase.riskScreening?.decidedTier !== useCase.riskScreening?.suggestedTier);
    expect(overruled.map((useCase) => useCase.id)).toEqual(['sample-usecase-05']);
    expect(overruled[0]?.riskScreening?.justification.length).toBeGreaterThan(20);
    // The expense checks wait for their screening, and say so on their page.
    expect(sample.data.useCases.find((useCase) => useCase.id === 'sample-usecase-24')?.riskScreening).toBeUndefined();
  });

  it('is a valid workspace file', async () => {
    const restored = await restore(sample);
    expect(restored.ok, restored.ok ? '' : restored.problems.map(describeProblem).join('\n')).toBe(true);
  });

  it('answers every capability of the questionnaire in the current assessment', () => {
    const answered = sample.data.answers
      .filter((answer) => answer.assessmentId === SAMPLE_ASSESSMENT_ID)
      .map((answer) => answer.capabilityId);
    expect(answered).toEqual(questionnaire.capabilities.map((capability) => capability.id));
  });

  it('has exactly one "don\'t know" and one "not applicable" answer in the main assessment, the latter with a reason', () => {
    const main = sample.data.answers.filter((answer) => answer.assessmentId === SAMPLE_ASSESSMENT_ID);
    const states = main.map((answer) => answer.state);
    expect(states.filter((state) => state === 'dont-know')).toHaveLength(1);
    const notApplicable = main.filter((answer) => answer.state === 'not-applicable');
    expect(notApplicable).toHaveLength(1);
    expect(notApplicable[0]?.naReason.trim()).not.toBe('');
  });

  it('has a milestone that differs from the current answers on at least five capabilities', () => {
    const [milestone] = sample.data.milestones;
    expect(milestone).toBeDefined();
    const before = new Map(milestone?.answers.map((answer) => [answer.capabilityId, describeAnswer(answer)]));
    const changed = sample.data.answers.filter((answer) => before.get(answer.capabilityId) !== describeAnswer(answer));
    expect(changed.length).toBeGreaterThanOrEqual(5);
    expect(milestone?.assessment.id).toBe(milestone?.assessmentId);
  });

  it('only uses capability ids that exist in the content, so renamed content cannot orphan sample answers', () => {
    const known = new Set(questionnaire.capabilities.map((capability) => capability.id));
    const orphans = sampleAnswers.map((sample) => sample.capabilityId).filter((id) => !known.has(id));
    expect(orphans).toEqual([]);
  });

  it('gives every evidence link a unique id', () => {
    const ids = sample.data.answers.flatMap((answer) => answer.evidence.map((link) => link.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is the same every time it is built', async () => {
    const again = await buildSampleWorkspace(questionnaire, now, loadChecklists(), screening);
    expect(again).toEqual(sample);
    expect(JSON.stringify(again)).toBe(JSON.stringify(sample));
  });

  it('includes governance reviews in several states, each with its history', () => {
    const statuses = new Set(sample.data.reviews.map((review) => review.signOff?.decision ?? review.status));
    expect(statuses).toEqual(new Set(['approve-with-conditions', 'in-review', 'approve', 'reject']));
    const lineages = new Set(sample.data.reviews.map((review) => review.lineageId));
    expect(new Set(sample.data.auditLog.map((entry) => entry.lineageId))).toEqual(lineages);
  });
});

describe('buildSampleWorkspace', () => {
  it('leaves capabilities without sample data unanswered and drops sample data for unknown capabilities', async () => {
    const small = {
      id: 'mlops-maturity',
      version: '1.0.0',
      hash: 'a'.repeat(64),
      capabilities: [{ id: 'retraining' }, { id: 'not-in-the-sample' }],
    };
    const built = await buildSampleWorkspace(small, now);
    const main = built.data.answers.filter((answer) => answer.assessmentId === SAMPLE_ASSESSMENT_ID);
    expect(main.map((answer) => answer.capabilityId)).toEqual(['retraining']);
    expect(built.data.answers.every((answer) => answer.capabilityId === 'retraining')).toBe(true);
    expect(built.data.milestones[0]?.answers.map((answer) => answer.capabilityId)).toEqual(['retraining']);
    expect((await restore(built)).ok).toBe(true);
  });
});

describe('the sample backlog', () => {
  const equal = { 'data-availability': 1, feasibility: 1, 'business-value': 1, cost: 1, 'time-to-market': 1 };
  const directions = [
    { id: 'data-availability', inverted: false },
    { id: 'feasibility', inverted: false },
    { id: 'business-value', inverted: false },
    { id: 'cost', inverted: true },
    { id: 'time-to-market', inverted: true },
  ] as const;

  it('has about 25 use cases across the families, statuses, classifications and risk tiers', () => {
    const useCases = sample.data.useCases;
    expect(useCases.length).toBeGreaterThanOrEqual(24);
    expect(useCases.length).toBeLessThanOrEqual(30);
    expect(new Set(useCases.map((useCase) => useCase.family)).size).toBeGreaterThanOrEqual(7);
    expect(new Set(useCases.map((useCase) => useCase.status)).size).toBe(6);
    expect(new Set(useCases.map((useCase) => useCase.dataClassification)).size).toBe(4);
    expect(new Set(useCases.map((useCase) => useCase.riskTier)).size).toBe(3);
    expect(useCases.every((useCase) => useCase.tags.length > 0)).toBe(true);
    expect(new Set(useCases.map((useCase) => useCase.id)).size).toBe(useCases.length);
  });

  it('is rated by three named raters with roles, who disagree on several criteria', () => {
    const raters = new Set(sample.data.ratings.map((rating) => `${rating.raterName} (${rating.raterRole})`));
    expect(raters.size).toBe(3);
    const evaluation = evaluateBacklog(sample.data.useCases, sample.data.ratings, directions, equal);
    const disagreements = [...evaluation.values()].flatMap((item) => item.aggregate.disagreements);
    expect(disagreements.length).toBeGreaterThanOrEqual(8);
    expect(new Set(disagreements).size).toBeGreaterThanOrEqual(4);
  });

  it('has one or two use cases blocked by missing data, and one not yet rated', () => {
    const evaluation = [...evaluateBacklog(sample.data.useCases, sample.data.ratings, directions, equal).values()];
    const blocked = evaluation.filter((item) => item.blocked);
    expect(blocked.length).toBeGreaterThanOrEqual(1);
    expect(blocked.length).toBeLessThanOrEqual(2);
    expect(evaluation.filter((item) => item.aggregate.raters === 0)).toHaveLength(1);
  });

  it('includes a custom weight profile', () => {
    expect(sample.data.weightProfiles).toHaveLength(1);
  });
});
