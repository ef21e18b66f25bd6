import { describe, expect, it } from 'vitest';
import { reviewCoverage } from '../../../../src/lib/governance/coverage';
import { makeReviewAnswer, makeTemplate } from '../../helpers/governance';

describe('reviewCoverage', () => {
  const items = makeTemplate().items;

  it('counts met and applicable items per NIST function and ALTAI requirement, in framework order', () => {
    const coverage = reviewCoverage(items, [
      makeReviewAnswer('bias-audit', 'met'),
      makeReviewAnswer('purpose-agreed', 'partially-met'),
      makeReviewAnswer('impact-assessment', 'not-met'),
    ]);
    expect(coverage.nist.map((row) => [row.tag, row.met, row.applicable])).toEqual([
      ['govern', 0, 2],
      ['map', 0, 2],
      ['measure', 1, 1],
      ['manage', 0, 0],
    ]);
    expect(coverage.nist[1]).toMatchObject({ partiallyMet: 1, notMet: 1, unanswered: 0 });
    expect(coverage.altai.find((row) => row.tag === 'accountability')).toMatchObject({
      label: 'Accountability',
      met: 0,
      partiallyMet: 1,
      notMet: 1,
      unanswered: 0,
      applicable: 2,
    });
    expect(coverage.altai).toHaveLength(7);
  });

  it('leaves out items the reviewer marked not applicable', () => {
    const coverage = reviewCoverage(items, [makeReviewAnswer('bias-audit', 'not-applicable')]);
    expect(coverage.nist.find((row) => row.tag === 'measure')).toMatchObject({ met: 0, applicable: 0 });
  });

  it('counts an item under every tag it carries', () => {
    const coverage = reviewCoverage(items.slice(1, 2), [makeReviewAnswer('purpose-agreed', 'met')]);
    expect(coverage.nist.filter((row) => row.met === 1).map((row) => row.tag)).toEqual(['govern', 'map']);
  });
});
