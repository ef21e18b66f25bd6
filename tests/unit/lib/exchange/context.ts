import type { ExportContext } from '../../../../src/lib/exchange/envelope';
import { loadPresets } from '../../helpers/backlogContent';

/** The export context a browser would pass: the shipped presets and a fixed clock. */
export function testContext(now = new Date('2026-12-01T12:00:00.000Z')): ExportContext {
  return { portal: { name: 'MLOps Maturity Portal', version: '0.1.0' }, presets: loadPresets(), now };
}
