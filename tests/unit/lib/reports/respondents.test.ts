import { describe, expect, it } from 'vitest';
import { groupRespondents, respondentLabels, respondentsOf } from '../../../../src/lib/reports/respondents';
import { makeAnswer, makeAssessment } from '../../helpers/records';
import { respondent } from './helpers';

describe('respondentsOf', () => {
  it('turns assessments into respondents with their own answers, round defaulting to none', () => {
    const assessments = [
      makeAssessment({ id: 'assessment-2', respondentName: ' Kari ', round: '2026 Q4' }),
      makeAssessment({ id: 'assessment-1' }),
    ];
    const answers = [makeAnswer('roles'), makeAnswer('culture', { assessmentId: 'assessment-2', level: 3 })];
    const result = respondentsOf(assessments, answers);
    expect(result.map((item) => [item.id, item.name, item.round, item.answers.length])).toEqual([
      ['assessment-1', 'Sam Doe', '', 1],
      ['assessment-2', 'Kari', '2026 Q4', 1],
    ]);
  });
});

describe('groupRespondents', () => {
  it('groups by questionnaire and round, rounds first, so different surveys never mix', () => {
    const other = { id: 'other-questionnaire', version: '1.0.0', hash: 'a'.repeat(64) };
    const groups = groupRespondents([
      respondent('a', 'x', [], { round: '' }),
      respondent('b', 'x', [], { round: '2026 Q4' }),
      respondent('c', 'y', [], { round: '2026 Q4' }),
      respondent('d', 'y', [], { round: '2026 Q4', questionnaire: other }),
      respondent('e', 'y', [], { round: '2026 Q2' }),
    ]);
    expect(groups.map((group) => [group.questionnaireId, group.round, group.respondents.map((r) => r.id)])).toEqual([
      ['mlops-maturity', '2026 Q2', ['e']],
      ['mlops-maturity', '2026 Q4', ['b', 'c']],
      ['other-questionnaire', '2026 Q4', ['d']],
      ['mlops-maturity', '', ['a']],
    ]);
  });
});

describe('respondentLabels', () => {
  const people = [respondent('id-c', 'x', []), respondent('id-a', 'x', [], { name: '' }), respondent('id-b', 'x', [])];

  it('names respondents, falling back on the assessment name', () => {
    expect(respondentLabels(people, 'named').get('id-a')).toBe('Assessment id-a');
    expect(respondentLabels(people, 'named').get('id-c')).toBe('Person id-c');
  });

  it('numbers them R1, R2, ... in id order whatever order they come in', () => {
    const labels = respondentLabels(people, 'anonymous');
    expect([...labels.entries()]).toEqual([
      ['id-a', 'R1'],
      ['id-b', 'R2'],
      ['id-c', 'R3'],
    ]);
    expect(respondentLabels([...people].reverse(), 'anonymous')).toEqual(labels);
  });
});
