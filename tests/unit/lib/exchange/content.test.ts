import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../../../src/lib/canonical';
import { contentUsed } from '../../../../src/lib/exchange/content';
import type { Review } from '../../../../src/schemas/governance';
import { fixtureData } from './mergeFixture';

describe('contentUsed', () => {
  it('lists each template once, by the hash of its canonical JSON, however many revisions carry it', async () => {
    const data = fixtureData();
    const review = data.reviews[0] as Review;
    // The same template again, its keys written in another order, and a changed copy of it.
    const reordered = Object.fromEntries(Object.entries(review.template).reverse()) as Review['template'];
    const changed = { ...review.template, summary: `${review.template.summary} Changed.` };
    const reviews = [review, { ...review, id: 'r2', template: reordered }, { ...review, id: 'r3', template: changed }];
    const { checklists } = await contentUsed({ reviews, templates: [] });
    const expected = [
      { id: review.template.id, version: review.template.version, hash: await sha256Hex(canonicalJson(review.template)) },
      { id: changed.id, version: changed.version, hash: await sha256Hex(canonicalJson(changed)) },
    ].sort((a, b) => (a.hash < b.hash ? -1 : 1));
    expect(checklists).toEqual(expected);
  });
});
