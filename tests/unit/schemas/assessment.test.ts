import { describe, expect, it } from 'vitest';
import { answerSchema, assessmentSchema, milestoneSchema } from '../../../src/schemas/assessment';
import { issuePaths } from '../helpers/issues';
import { makeAnswer, makeAssessment, NOW } from '../helpers/records';

const link = (url: string) => ({ id: 'evidence-1', label: 'Runbook', url });

describe('answerSchema', () => {
  it('accepts each kind of answer', () => {
    expect(answerSchema.safeParse(makeAnswer('ci')).success).toBe(true);
    expect(answerSchema.safeParse(makeAnswer('ci', { state: 'dont-know', level: null, target: 3 })).success).toBe(true);
    expect(
      answerSchema.safeParse(makeAnswer('ci', { state: 'not-applicable', level: null, naReason: 'No models in production yet' }))
        .success,
    ).toBe(true);
    expect(answerSchema.safeParse(makeAnswer('ci', { state: null, level: null })).success).toBe(true);
  });

  it('asks why a capability does not apply when the reason is empty or blank', () => {
    expect(issuePaths(answerSchema, makeAnswer('ci', { state: 'not-applicable', level: null, naReason: '' }))).toEqual([
      'naReason',
    ]);
    expect(issuePaths(answerSchema, makeAnswer('ci', { state: 'not-applicable', level: null, naReason: '   ' }))).toEqual([
      'naReason',
    ]);
  });

  it('refuses the state "level" without a level', () => {
    const result = answerSchema.safeParse(makeAnswer('ci', { state: 'level', level: null }));
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['level', 'choose a level from 0 to 4'],
    ]);
  });

  it('refuses levels and targets outside 0 to 4', () => {
    expect(issuePaths(answerSchema, makeAnswer('ci', { level: 5 }))).toEqual(['level']);
    expect(issuePaths(answerSchema, makeAnswer('ci', { target: 2.5 }))).toEqual(['target']);
  });

  it('refuses javascript: evidence links and accepts https ones', () => {
    expect(issuePaths(answerSchema, makeAnswer('ci', { evidence: [link('javascript:alert(1)')] }))).toEqual(['evidence[0].url']);
    expect(issuePaths(answerSchema, makeAnswer('ci', { evidence: [link('https://wiki.example.org/ci')] }))).toEqual([]);
  });

  it('refuses an evidence link without a label', () => {
    expect(issuePaths(answerSchema, makeAnswer('ci', { evidence: [{ ...link('https://example.org'), label: ' ' }] }))).toEqual([
      'evidence[0].label',
    ]);
  });

  it('refuses unknown keys and a capability id that is not a slug', () => {
    expect(issuePaths(answerSchema, { ...makeAnswer('ci'), score: 3 })).toEqual(['']);
    expect(issuePaths(answerSchema, makeAnswer('CI Pipeline'))).toEqual(['capabilityId']);
  });
});

describe('assessmentSchema', () => {
  it('accepts a valid assessment', () => {
    expect(assessmentSchema.safeParse(makeAssessment()).success).toBe(true);
  });

  it('refuses a blank name, a bad date and a malformed questionnaire hash', () => {
    expect(issuePaths(assessmentSchema, makeAssessment({ name: '  ' }))).toEqual(['name']);
    expect(issuePaths(assessmentSchema, makeAssessment({ date: '24/11/2026' }))).toEqual(['date']);
    expect(
      issuePaths(assessmentSchema, makeAssessment({ questionnaire: { id: 'mlops-maturity', version: '1.0.0', hash: 'abc' } })),
    ).toEqual(['questionnaire.hash']);
  });
});

describe('milestoneSchema', () => {
  it('names the failing answer inside a milestone', () => {
    const milestone = {
      id: 'milestone-1',
      assessmentId: 'assessment-1',
      name: 'Q4 baseline',
      date: '2026-11-24',
      createdAt: NOW,
      assessment: makeAssessment(),
      answers: [makeAnswer('ci'), makeAnswer('tests', { state: 'not-applicable', level: null })],
    };
    expect(issuePaths(milestoneSchema, milestone)).toEqual(['answers[1].naReason']);
  });
});
