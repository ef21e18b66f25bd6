import { describe, expect, it } from 'vitest';
import { describeIssues, formatPath } from '../../../src/lib/issues';

describe('formatPath', () => {
  it('writes array positions in brackets and keys with dots', () => {
    expect(formatPath(['answers', 3, 'level'])).toBe('answers[3].level');
    expect(formatPath(['data', 'milestones', 0, 'answers', 12, 'evidence', 1, 'url'])).toBe(
      'data.milestones[0].answers[12].evidence[1].url',
    );
  });

  it('handles an empty path and a leading index', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath([2, 'id'])).toBe('[2].id');
  });
});

describe('describeIssues', () => {
  it('puts the place before the message, and the message alone at the root', () => {
    expect(
      describeIssues([
        { path: ['answers', 3, 'level'], message: 'choose a level from 0 to 4' },
        { path: [], message: 'not a workspace file' },
      ]),
    ).toEqual(['answers[3].level: choose a level from 0 to 4', 'not a workspace file']);
  });

  it('lists at most the limit and says how many more there are', () => {
    const issues = Array.from({ length: 7 }, (_, index) => ({ path: ['items', index], message: 'bad' }));
    const lines = describeIssues(issues, 3);
    expect(lines).toEqual(['items[0]: bad', 'items[1]: bad', 'items[2]: bad', 'and 4 more']);
    expect(describeIssues(issues)).toHaveLength(6);
  });
});
