import { beforeEach, describe, expect, it } from 'vitest';
import { getUseCase, importUseCases, putUseCase } from '../../../src/db/useCases';
import type { ScreeningRecord } from '../../../src/schemas/riskScreening';
import { useCaseSchema } from '../../../src/schemas/backlog';
import { useFreshDb } from '../helpers/freshDb';
import { makeUseCase } from '../lib/backlog/helpers';

const screening: ScreeningRecord = {
  screeningId: 'risk-tier-screening',
  version: '1.0.0',
  answers: { safety: 'direct' },
  suggestedTier: 'high',
  reasons: [{ tier: 'high', text: 'A wrong output could directly harm someone.' }],
  prohibited: false,
  decidedTier: 'high',
  justification: '',
  decidedBy: 'Nils Bakke',
  decidedAt: '2026-11-24T15:00:00.000Z',
};

describe('importUseCases and the risk-tier screening', () => {
  beforeEach(async () => {
    useFreshDb();
    await putUseCase(makeUseCase('screened1', { riskTier: 'high', riskScreening: screening }));
  });

  it('keeps the stored screening of a replaced use case whose tier is unchanged (a CSV file has no screening column)', async () => {
    await importUseCases([makeUseCase('screened1', { riskTier: 'high', title: 'Renamed in a spreadsheet' })], []);
    const stored = await getUseCase('screened1');
    expect(stored?.title).toBe('Renamed in a spreadsheet');
    expect(stored?.riskScreening).toEqual(screening);
    expect(useCaseSchema.safeParse(stored).success).toBe(true);
  });

  it('drops a screening that no longer matches the imported tier, so the use case reads as not screened', async () => {
    await importUseCases([makeUseCase('screened1', { riskTier: 'low' })], []);
    const stored = await getUseCase('screened1');
    expect(stored?.riskTier).toBe('low');
    expect(stored).not.toHaveProperty('riskScreening');
  });
});
