import { beforeEach, describe, expect, it } from 'vitest';
import { $saveState, attempt, resetSaveState } from '../../../../src/stores/save/saveState';

const quotaError = () => new DOMException('full', 'QuotaExceededError');

describe('the save indicator', () => {
  beforeEach(() => resetSaveState());

  it('shows saved after a successful write', async () => {
    await expect(attempt(async () => 42)).resolves.toEqual({ ok: true, value: 42 });
    expect($saveState.get().kind).toBe('saved');
  });

  it('explains a failed write in words and reports it to the caller', async () => {
    const outcome = await attempt(async () => {
      throw quotaError();
    });
    expect(outcome.ok).toBe(false);
    const state = $saveState.get();
    expect(state.kind).toBe('error');
    expect(state.kind === 'error' && state.message).toMatch(/no storage space left/);
  });

  it('recovers once a later write succeeds', async () => {
    await attempt(async () => {
      throw quotaError();
    });
    expect($saveState.get().kind).toBe('error');
    await attempt(async () => 'ok');
    expect($saveState.get().kind).toBe('saved');
  });

  it('keeps the error visible while a write that overlaps the failed one still succeeds', async () => {
    let release: () => void = () => undefined;
    const slow = attempt(() => new Promise<void>((resolve) => (release = resolve)));
    await attempt(async () => {
      throw quotaError();
    });
    release();
    await slow;
    expect($saveState.get().kind).toBe('error');
  });
});
