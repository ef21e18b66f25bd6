import { describe, expect, it } from 'vitest';
import { checkAssessment, checkMilestoneName } from '../../../src/lib/assessmentCheck';

describe('checking an assessment as typed', () => {
  it('asks for a name and a date, and names a text longer than the schema allows', () => {
    expect(checkAssessment({ name: ' ', date: '', organisation: 'x'.repeat(150) })).toEqual({
      name: 'Enter a name for the assessment',
      date: 'Enter the date the assessment describes',
      organisation: 'The organisation can be at most 120 characters; it has 150. Shorten it by 30.',
    });
  });

  it('accepts the longest allowed texts and checks only the fields given', () => {
    expect(checkAssessment({ name: 'x'.repeat(120), team: 'y'.repeat(120) })).toEqual({});
  });

  it('checks milestone names', () => {
    expect(checkMilestoneName('')).toMatch(/Enter a name/);
    expect(checkMilestoneName('x'.repeat(121))).toMatch(/at most 120/);
    expect(checkMilestoneName('Baseline')).toBeNull();
  });
});
