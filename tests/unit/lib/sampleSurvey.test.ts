import { beforeAll, describe, expect, it } from 'vitest';
import { buildSampleWorkspace, SAMPLE_ASSESSMENT_ID } from '../../../src/lib/sample/buildSample';
import { SAMPLE_ROUND, sampleRespondents } from '../../../src/lib/sample/sampleRespondents';
import { groupRespondents, respondentsOf } from '../../../src/lib/reports/respondents';
import { rollUpGroup } from '../../../src/lib/reports/rollup';
import type { Questionnaire } from '../../../src/schemas/questionnaire';
import type { WorkspaceFile } from '../../../src/schemas/workspace';
import { answerSchema, assessmentSchema } from '../../../src/schemas/assessment';
import { loadQuestionnaire } from '../helpers/loadContent';

let questionnaire: Questionnaire;
let sample: WorkspaceFile;

beforeAll(async () => {
  questionnaire = await loadQuestionnaire();
  sample = await buildSampleWorkspace(questionnaire, new Date('2026-11-20T09:00:00Z'));
});

describe('the sample survey round', () => {
  it('has six respondents of one round in two teams, the main assessment among them', () => {
    const groups = groupRespondents(respondentsOf(sample.data.assessments, sample.data.answers));
    expect(groups).toHaveLength(1);
    const [group] = groups;
    expect(group?.round).toBe(SAMPLE_ROUND);
    expect(group?.respondents.map((respondent) => respondent.id)).toContain(SAMPLE_ASSESSMENT_ID);
    expect(group?.respondents).toHaveLength(sampleRespondents.length + 1);
    expect(new Set(group?.respondents.map((respondent) => respondent.team)).size).toBe(2);
    expect(group?.respondents.every((respondent) => respondent.name !== '' && respondent.role !== '')).toBe(true);
  });

  it('gives every respondent an answer to every capability, each one valid', () => {
    for (const respondent of sampleRespondents) {
      const own = sample.data.answers.filter((answer) => answer.assessmentId === respondent.id);
      expect(own.map((answer) => answer.capabilityId)).toEqual(questionnaire.capabilities.map((capability) => capability.id));
      for (const answer of own) expect(answerSchema.safeParse(answer).success).toBe(true);
      const assessment = sample.data.assessments.find((item) => item.id === respondent.id);
      expect(assessmentSchema.safeParse(assessment).success).toBe(true);
    }
  });

  it('only names capabilities the questionnaire has', () => {
    const known = new Set(questionnaire.capabilities.map((capability) => capability.id));
    const named = sampleRespondents.flatMap((respondent) => Object.keys(respondent.differences));
    expect(named.filter((id) => !known.has(id))).toEqual([]);
  });

  it('disagrees by 2 levels or more on a few capabilities, not on most, with some "don\'t know"', () => {
    const [group] = groupRespondents(respondentsOf(sample.data.assessments, sample.data.answers));
    const rolled = rollUpGroup(questionnaire, group?.respondents ?? []);
    const flagged = rolled.organisation.disagreements.map((row) => row.capabilityId);
    expect(flagged.length).toBeGreaterThanOrEqual(3);
    expect(flagged.length).toBeLessThanOrEqual(7);
    expect(flagged).toContain('executive-sponsorship');
    const dontKnow = rolled.organisation.capabilities.reduce((sum, row) => sum + row.dontKnow, 0);
    expect(dontKnow).toBeGreaterThanOrEqual(5);
    // The teams see it differently: the operations team's median sponsorship is lower.
    const sponsorship = rolled.teams.map(
      (team) => team.rollup.capabilities.find((row) => row.capabilityId === 'executive-sponsorship')?.median,
    );
    expect(new Set(sponsorship).size).toBe(2);
    expect(rolled.versions).toEqual([]);
  });
});
