import type { CapabilityState } from '../scoring';

/** One answer in words, as reports and comparisons show it: "level 2", "don’t know", ... */
export function describeState(state: CapabilityState, level: number | null): string {
  if (state === 'level') return `level ${level ?? '?'}`;
  if (state === 'dont-know') return 'don’t know';
  if (state === 'not-applicable') return 'not applicable';
  return 'not answered';
}
