import { describe, expect, it } from 'vitest';
import { describeReferences, referencesLine } from '../../../src/lib/frameworkRefs';

describe('framework references in reading form', () => {
  it('names each cited framework and its tags, in the frameworks’ order', () => {
    expect(describeReferences({ altai: ['transparency'], nist: ['map', 'govern'] })).toEqual([
      { framework: 'NIST AI RMF', tags: ['Map', 'Govern'] },
      { framework: 'ALTAI (Assessment List for Trustworthy AI)', tags: ['Transparency'] },
    ]);
  });

  it('puts them on one line for a checklist item, and says nothing without references', () => {
    expect(referencesLine({ nist: ['map'], euAiAct: ['art-9'] })).toBe(
      'NIST AI RMF: Map · EU AI Act: Art. 9 Risk management system',
    );
    expect(referencesLine(undefined)).toBe('');
    expect(referencesLine({ nist: [] })).toBe('');
  });
});
