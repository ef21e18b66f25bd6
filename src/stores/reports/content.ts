import { atom } from 'nanostores';
import type { Criterion, WeightPreset } from '../../schemas/backlogContent';

/** Content built into the reports pages: the backlog's criteria and preset weight profiles. */
export const $reportContent = atom<{ criteria: Criterion[]; presets: WeightPreset[] }>({ criteria: [], presets: [] });

export function provideReportContent(criteria: Criterion[], presets: WeightPreset[]): void {
  if ($reportContent.get().criteria.length === 0) $reportContent.set({ criteria, presets });
}
