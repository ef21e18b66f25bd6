import { describe, expect, it } from 'vitest';
import { diffAnswers } from '../../../../src/lib/reports/answerDiff';
import { makeAnswer } from '../../helpers/records';
import { capabilities } from './helpers';

describe('diffAnswers', () => {
  it('says per capability what moved and which other parts of the answer changed', () => {
    const first = [
      makeAnswer('roles', { level: 1, notes: 'Old' }),
      makeAnswer('culture', { target: 3 }),
      makeAnswer('intake', { state: 'dont-know', level: null }),
      makeAnswer('gone-capability'),
    ];
    const second = [
      makeAnswer('roles', { level: 3, notes: 'New' }),
      makeAnswer('culture', { target: 4, evidence: [{ id: 'link-0001', label: 'Wiki', url: 'https://wiki.example/x' }] }),
      makeAnswer('intake', { level: 2 }),
    ];
    const diff = diffAnswers(capabilities, first, second);
    const row = (id: string) => diff.differences.find((item) => item.capabilityId === id);
    expect(row('roles')).toMatchObject({ movement: 'up', fields: ['answer', 'notes'] });
    expect(row('culture')).toMatchObject({ movement: 'same', fields: ['target', 'evidence'] });
    expect(row('intake')).toMatchObject({ movement: 'changed', fields: ['answer'] });
    expect(row('serving')).toMatchObject({ movement: 'same', fields: [] });
    expect(diff.comparison.counts.up).toBe(1);
    expect(diff.unmatched).toEqual([{ capabilityId: 'gone-capability', inFirst: true, inSecond: false }]);
  });
});
