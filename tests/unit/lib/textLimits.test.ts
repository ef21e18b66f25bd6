import { describe, expect, it } from 'vitest';
import { firstOverLimit, lengthProblem } from '../../../src/lib/textLimits';

describe('text limits', () => {
  it('accepts text up to the limit and names the excess beyond it', () => {
    expect(lengthProblem('Organisation', 'x'.repeat(120), 120)).toBeNull();
    expect(lengthProblem('Organisation', 'x'.repeat(150), 120)).toBe(
      'Organisation can be at most 120 characters; it has 150. Shorten it by 30.',
    );
  });

  it('counts text as the schema does, without surrounding spaces', () => {
    expect(lengthProblem('Name', `  ${'x'.repeat(120)}  `, 120)).toBeNull();
  });

  it('finds the first field over its limit, lists too', () => {
    expect(firstOverLimit({ name: 'ok', team: 'x'.repeat(121) }, { name: 120, team: 120 })).toBe('team');
    expect(firstOverLimit({ evidence: new Array(51).fill(0) }, { evidence: 50 })).toBe('evidence');
    expect(firstOverLimit({ name: 'ok' }, { name: 120, team: 120 })).toBeNull();
  });
});
