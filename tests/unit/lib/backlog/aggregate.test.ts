import { describe, expect, it } from 'vitest';
import { aggregateByUseCase, aggregateRatings, criterionStat, median } from '../../../../src/lib/backlog/aggregate';
import { makeRating } from './helpers';

describe('median', () => {
  it('takes the middle value of an odd count and the midpoint of the two middle values of an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 2, 5])).toBe(3);
    expect(median([2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('is not pulled by one outlier the way a mean would be', () => {
    expect(median([4, 4, 1])).toBe(4);
  });
});

describe('criterionStat', () => {
  it('reports the spread as highest minus lowest and flags a spread of 2 or more', () => {
    const ratings = [makeRating('uc-00001', 'a', '3'), makeRating('uc-00001', 'b', '4'), makeRating('uc-00001', 'c', '5')];
    expect(criterionStat('data-availability', ratings)).toEqual({
      criterionId: 'data-availability',
      raters: 3,
      median: 4,
      min: 3,
      max: 5,
      spread: 2,
      disagreement: true,
    });
  });

  it('does not flag a spread of 1', () => {
    const ratings = [makeRating('uc-00001', 'a', '3'), makeRating('uc-00001', 'b', '4')];
    expect(criterionStat('data-availability', ratings)).toMatchObject({ spread: 1, disagreement: false, median: 3.5 });
  });

  it('leaves out raters who did not rate the criterion', () => {
    const ratings = [makeRating('uc-00001', 'a', '-5'), makeRating('uc-00001', 'b', '34')];
    expect(criterionStat('data-availability', ratings)).toMatchObject({ raters: 1, median: 3, spread: 0 });
    expect(criterionStat('cost', ratings)).toMatchObject({ raters: 0, median: null, spread: null, disagreement: false });
  });
});

describe('aggregateRatings', () => {
  it('gives medians of rated criteria only and lists the criteria in disagreement', () => {
    const aggregate = aggregateRatings([makeRating('uc-00001', 'a', '1245-'), makeRating('uc-00001', 'b', '3243-')]);
    expect(aggregate.raters).toBe(2);
    expect(aggregate.medians).toEqual({ 'data-availability': 2, feasibility: 2, 'business-value': 4, cost: 4 });
    expect(aggregate.disagreements).toEqual(['data-availability', 'cost']);
  });
});

describe('aggregateByUseCase', () => {
  it('groups ratings by use case', () => {
    const byUseCase = aggregateByUseCase([
      makeRating('uc-00001', 'a', '55555'),
      makeRating('uc-00002', 'a', '11111'),
      makeRating('uc-00001', 'b', '33333'),
    ]);
    expect(byUseCase.get('uc-00001')?.medians.feasibility).toBe(4);
    expect(byUseCase.get('uc-00002')?.raters).toBe(1);
  });
});
