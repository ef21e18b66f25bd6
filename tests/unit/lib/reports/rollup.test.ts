import { describe, expect, it } from 'vitest';
import { rollUp, rollUpGroup } from '../../../../src/lib/reports/rollup';
import { scoreAssessment } from '../../../../src/lib/scoring';
import { capabilities, frame, respondent } from './helpers';

const byId = (rollup: ReturnType<typeof rollUp>, id: string) => rollup.capabilities.find((row) => row.capabilityId === id);

describe('rollUp', () => {
  const respondents = [
    respondent('a', 'Platform', [1, 2, 2, 3, 'na']),
    respondent('b', 'Platform', [3, 2, 'dk', 3, 'na']),
    respondent('c', 'Data', [2, 2, 2, 4, 1]),
    respondent('d', 'Data', [0, 'dk', 3, undefined, 2]),
  ];
  const rollup = rollUp(capabilities, respondents);

  it('gives the median, range and distribution of the levels given', () => {
    const roles = byId(rollup, 'roles');
    expect(roles).toMatchObject({ median: 1.5, min: 0, max: 3, spread: 3, withLevel: 4, respondents: 4 });
    expect(roles?.distribution).toEqual([1, 1, 1, 1, 0]);
  });

  it('counts "don\'t know", "not applicable" and unanswered apart, never as a level', () => {
    expect(byId(rollup, 'culture')).toMatchObject({ withLevel: 3, dontKnow: 1, median: 2, spread: 0 });
    expect(byId(rollup, 'release')).toMatchObject({ withLevel: 3, unanswered: 1, median: 3 });
    expect(byId(rollup, 'serving')).toMatchObject({ withLevel: 2, notApplicable: 2, median: 1.5, min: 1, max: 2 });
  });

  it('flags a spread of 2 levels or more, widest first', () => {
    expect(byId(rollup, 'culture')?.disagreement).toBe(false);
    expect(byId(rollup, 'serving')?.disagreement).toBe(false);
    expect(rollup.disagreements.map((row) => [row.capabilityId, row.spread])).toEqual([['roles', 3]]);
    const two = rollUp(capabilities, [respondent('a', 'x', [1]), respondent('b', 'x', [3])]);
    expect(two.disagreements.map((row) => row.capabilityId)).toEqual(['roles']);
  });

  it('takes the median of each respondent’s own dimension and overall scores', () => {
    const overall = respondents.map((item) => scoreAssessment(capabilities, item.answers).overall.score ?? NaN);
    const sorted = [...overall].sort((a, b) => a - b);
    expect(rollup.overall.median).toBeCloseTo(((sorted[1] ?? 0) + (sorted[2] ?? 0)) / 2, 10);
    const platform = rollup.dimensions.find((d) => d.dimension === 'platform');
    // Two respondents marked serving not applicable, so only two have a platform score.
    expect(platform).toMatchObject({ respondents: 2, median: 1.5, min: 1, max: 2 });
  });

  it('keeps each respondent’s answer in the row, by respondent id', () => {
    expect(byId(rollup, 'roles')?.answers.map((answer) => [answer.respondentId, answer.level])).toEqual([
      ['a', 1],
      ['b', 3],
      ['c', 2],
      ['d', 0],
    ]);
  });

  it('has empty figures and no flags for a group with no answers', () => {
    const empty = rollUp(capabilities, []);
    expect(empty.respondents).toBe(0);
    expect(empty.overall).toEqual({ median: null, min: null, max: null, respondents: 0 });
    expect(empty.disagreements).toEqual([]);
  });
});

describe('rollUpGroup', () => {
  it('rolls up each team apart and the organisation as a whole, teams in name order and "no team" last', () => {
    const group = rollUpGroup(frame, [
      respondent('a', 'Platform', [1]),
      respondent('b', '', [4]),
      respondent('c', 'Data', [3]),
      respondent('d', 'Platform', [3]),
    ]);
    expect(group.teams.map((team) => [team.label, team.rollup.respondents])).toEqual([
      ['Data', 1],
      ['Platform', 2],
      ['No team given', 1],
    ]);
    expect(group.organisation.respondents).toBe(4);
    expect(byId(group.organisation, 'roles')).toMatchObject({ median: 3, min: 1, max: 4, disagreement: true });
    expect(byId(group.teams[1]?.rollup ?? group.organisation, 'roles')).toMatchObject({ median: 2, disagreement: true });
  });

  it('matches older answers by id, lists capabilities no longer asked and reports those nobody on the old version answered', () => {
    const old = { id: 'mlops-maturity', version: '0.9.0', hash: 'b'.repeat(64) };
    const legacy = respondent('old', 'Data', [2, 2, 2], { questionnaire: old });
    legacy.answers.push({ capabilityId: 'model-registry', state: 'level', level: 3, target: null });
    const group = rollUpGroup(frame, [legacy, respondent('new', 'Data', [2, 2, 2, 2, 2])]);
    expect(byId(group.organisation, 'roles')?.withLevel).toBe(2);
    const removed = byId(group.organisation, 'model-registry');
    expect(removed).toMatchObject({ inQuestionnaire: false, dimension: null, respondents: 1, median: 3 });
    expect(group.organisation.capabilities.at(-1)?.capabilityId).toBe('model-registry');
    expect(group.versions).toEqual([
      {
        version: '0.9.0',
        hash: old.hash,
        respondentIds: ['old'],
        wordingChanged: false,
        notAnswered: ['release', 'serving'],
        removed: ['model-registry'],
      },
    ]);
  });

  it('says when the same version number was answered with different wording', () => {
    const other = { id: 'mlops-maturity', version: '1.0.0', hash: 'c'.repeat(64) };
    const group = rollUpGroup(frame, [respondent('x', 'Data', [1, 1, 1, 1, 1], { questionnaire: other })]);
    expect(group.versions[0]).toMatchObject({ wordingChanged: true, notAnswered: [], removed: [] });
  });
});
