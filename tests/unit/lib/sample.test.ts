import { beforeAll, describe, expect, it } from 'vitest';
import { buildSampleWorkspace, SAMPLE_ASSESSMENT_ID } from '../../../src/lib/sample/buildSample';
import { sampleAnswers } from '../../../src/lib/sample/sampleAnswers';
import type { Answer } from '../../../src/schemas/assessment';
import type { Questionnaire } from '../../../src/schemas/questionnaire';
import { workspaceFileSchema, type WorkspaceFile } from '../../../src/schemas/workspace';
import { loadQuestionnaire } from '../helpers/loadContent';

const now = new Date('2026-11-20T09:00:00Z');

let questionnaire: Questionnaire;
let sample: WorkspaceFile;

beforeAll(async () => {
  questionnaire = await loadQuestionnaire();
  sample = buildSampleWorkspace(questionnaire, now);
});

function describeAnswer(answer: Answer): string {
  return answer.state === 'level' ? `level ${answer.level}` : String(answer.state);
}

describe('the sample workspace', () => {
  it('is a valid workspace file', () => {
    const parsed = workspaceFileSchema.safeParse(sample);
    expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
  });

  it('answers every capability of the questionnaire in the current assessment', () => {
    const answered = sample.data.answers
      .filter((answer) => answer.assessmentId === SAMPLE_ASSESSMENT_ID)
      .map((answer) => answer.capabilityId);
    expect(answered).toEqual(questionnaire.capabilities.map((capability) => capability.id));
  });

  it('has exactly one "don\'t know" and one "not applicable" answer, the latter with a reason', () => {
    const states = sample.data.answers.map((answer) => answer.state);
    expect(states.filter((state) => state === 'dont-know')).toHaveLength(1);
    const notApplicable = sample.data.answers.filter((answer) => answer.state === 'not-applicable');
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

  it('is the same every time it is built', () => {
    expect(buildSampleWorkspace(questionnaire, now)).toEqual(sample);
    expect(JSON.stringify(buildSampleWorkspace(questionnaire, now))).toBe(JSON.stringify(sample));
  });
});

describe('buildSampleWorkspace', () => {
  it('leaves capabilities without sample data unanswered and drops sample data for unknown capabilities', () => {
    const small = {
      id: 'mlops-maturity',
      version: '1.0.0',
      hash: 'a'.repeat(64),
      capabilities: [{ id: 'retraining' }, { id: 'not-in-the-sample' }],
    };
    const built = buildSampleWorkspace(small, now);
    expect(built.data.answers.map((answer) => answer.capabilityId)).toEqual(['retraining']);
    expect(built.data.milestones[0]?.answers.map((answer) => answer.capabilityId)).toEqual(['retraining']);
    expect(workspaceFileSchema.safeParse(built).success).toBe(true);
  });
});
