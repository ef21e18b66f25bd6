import { beforeEach, describe, expect, it } from 'vitest';
import { atom } from 'nanostores';
import type { PortalDb } from '../../../../src/db/db';
import { liveStore, settled } from '../../../../src/stores/save/live';
import { useFreshDb } from '../../helpers/freshDb';
import { makeAssessment } from '../../helpers/records';
import { waitForStore } from '../../helpers/waitFor';

let database: PortalDb;
beforeEach(() => {
  database = useFreshDb();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('liveStore', () => {
  it('starts its query when first watched, follows changes, and stops once nobody watches', async () => {
    let runs = 0;
    const $names = liveStore(async () => {
      runs += 1;
      return (await database.assessments.toArray()).map((assessment) => assessment.name);
    });
    await pause(20);
    expect(runs).toBe(0);

    const stop = $names.listen(() => undefined);
    await waitForStore($names, (state) => state.kind === 'ready');
    await database.assessments.put(makeAssessment({ name: 'Written elsewhere' }));
    await waitForStore($names, (state) => state.kind === 'ready' && state.value.includes('Written elsewhere'));

    stop();
    await pause(1100); // nanostores unmounts a store one second after its last listener leaves
    const before = runs;
    await database.assessments.put(makeAssessment({ id: 'another', name: 'Nobody is watching' }));
    await pause(50);
    expect(runs).toBe(before);
  });

  it('runs again for new parameters and says loading meanwhile', async () => {
    await database.assessments.bulkPut([makeAssessment({ id: 'a', name: 'A' }), makeAssessment({ id: 'b', name: 'B' })]);
    const $id = atom('a');
    const $one = liveStore(async (id) => (await database.assessments.get(id))?.name ?? null, $id);
    const stop = $one.listen(() => undefined);
    await expect(settled($one)).resolves.toEqual({ kind: 'ready', value: 'A' });
    $id.set('b');
    expect($one.get()).toEqual({ kind: 'loading' });
    await expect(settled($one)).resolves.toEqual({ kind: 'ready', value: 'B' });
    stop();
  });

  it('reports a query that fails with a sentence a person can act on', async () => {
    const $broken = liveStore(() => Promise.reject(new DOMException('no', 'InvalidStateError')));
    const stop = $broken.listen(() => undefined);
    const state = await settled($broken);
    expect(state.kind === 'error' && state.message).toMatch(/storage is not available/);
    stop();
  });
});
