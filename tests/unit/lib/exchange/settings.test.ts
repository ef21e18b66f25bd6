import { describe, expect, it } from 'vitest';
import { LAST_EXPORT_META_KEY, settingsFromMeta, settingsMetaKeys } from '../../../../src/lib/exchange/settings';
import { PROFILE_META_KEY } from '../../../../src/stores/backlog/backlog';
import { REVIEWER_KEY } from '../../../../src/stores/governance/review';

describe('workspace settings in meta', () => {
  it('uses the key the backlog keeps its chosen profile under', () => {
    expect(settingsMetaKeys.weightProfileId).toBe(PROFILE_META_KEY);
  });

  it('keeps per-device settings out of files', () => {
    const keys: string[] = Object.values(settingsMetaKeys);
    expect(keys).not.toContain(REVIEWER_KEY);
    expect(keys).not.toContain('backlog.lastDeleted');
    expect(keys).not.toContain(LAST_EXPORT_META_KEY);
  });

  it('reads only well-formed values', () => {
    expect(settingsFromMeta({ 'backlog.profile': 'equal', 'governance.reviewer': 'Sam' })).toEqual({ weightProfileId: 'equal' });
    expect(settingsFromMeta({ 'backlog.profile': 42 })).toEqual({});
    expect(settingsFromMeta({ 'backlog.profile': 'x'.repeat(65) })).toEqual({});
  });
});
