import { beforeEach, describe, expect, it, vi } from 'vitest';
import { updateItem } from '../../../src/stores/governance/answers';
import { $history, $reviewAnswers } from '../../../src/stores/governance/review';
import { freshGovernance, startAndOpen } from '../helpers/governanceStore';

// The history check loads after the review is on screen; when it cannot run, the page says so
// instead of "Checking the history…" for ever, and answers are still stored.
const failing = vi.hoisted(() => ({ on: false }));
vi.mock('../../../src/lib/governance/auditChain', async (original) => {
  const actual = await original<typeof import('../../../src/lib/governance/auditChain')>();
  return {
    ...actual,
    verifyChain: (...args: Parameters<typeof actual.verifyChain>) =>
      failing.on ? Promise.reject(new Error('the page could not load the check')) : actual.verifyChain(...args),
  };
});

beforeEach(async () => {
  failing.on = false;
  await freshGovernance();
});

describe('a history check that cannot run', () => {
  it('is reported with its reason, and a change is still stored and checked once the check works again', async () => {
    failing.on = true;
    await startAndOpen();
    expect($history.get()).toEqual({ failed: 'the page could not load the check' });
    failing.on = false;
    await expect(updateItem('bias-audit', { status: 'met' })).resolves.toBe(true);
    expect($reviewAnswers.get()['bias-audit']).toMatchObject({ status: 'met' });
    expect($history.get()).toMatchObject({ chain: { intact: true }, replay: { matches: true } });
  });
});
