import { beforeEach, describe, expect, it } from 'vitest';
import { patchRating, patchUseCase } from '../../../../src/db/useCases';
import { $ratings, $useCases, loadBacklog } from '../../../../src/stores/backlog/backlog';
import { addUseCase, updateUseCase, type UseCaseDraft } from '../../../../src/stores/backlog/edit';
import { addRater, setScore } from '../../../../src/stores/backlog/ratings';
import { resetBacklogStores } from '../../helpers/backlogStores';
import { useFreshDb } from '../../helpers/freshDb';
import { waitForStore } from '../../helpers/waitFor';

const draft: UseCaseDraft = {
  title: 'Invoice matching',
  description: '',
  sponsor: '',
  businessUnit: 'Finance',
  family: 'document-processing',
  status: 'idea',
  dataClassification: 'public',
  riskTier: 'low',
  tags: [],
};

beforeEach(async () => {
  useFreshDb();
  resetBacklogStores();
  await loadBacklog();
});

describe('the backlog open in two tabs', () => {
  it('keeps edits of different fields of one use case from both tabs and shows the other tab’s', async () => {
    const watching = $useCases.listen(() => undefined);
    const created = await addUseCase(draft);
    const id = created?.id ?? '';
    await updateUseCase(id, { sponsor: 'Maria Berg' }).saved;
    // The other tab still shows the use case without the sponsor and changes only the description.
    await patchUseCase(id, { description: 'Matches invoices to orders.' });
    await waitForStore($useCases, (list) => list[0]?.description === 'Matches invoices to orders.');
    expect($useCases.get()[0]).toMatchObject({ sponsor: 'Maria Berg', description: 'Matches invoices to orders.' });
    watching();
  });

  it('keeps scores of different criteria given in two tabs for the same rater', async () => {
    const watching = $ratings.listen(() => undefined);
    const created = await addUseCase(draft);
    const rating = await addRater(created?.id ?? '', 'Kari', '');
    await setScore(rating?.id ?? '', 'cost', 2);
    await patchRating(rating?.id ?? '', { scores: { feasibility: 4 } });
    await waitForStore($ratings, (list) => list[0]?.scores.feasibility === 4);
    expect($ratings.get()[0]?.scores).toEqual({ cost: 2, feasibility: 4 });
    watching();
  });
});
