import type { APIRoute } from 'astro';
import { loadWeightPresets } from '../../build/backlog';
import { loadChecklists } from '../../build/checklists';
import { portalInfo } from '../../build/portal';
import { loadQuestionnaire } from '../../build/questionnaire';
import { loadRiskScreening } from '../../build/riskScreening';
import { buildExport } from '../../lib/exchange/envelope';
import { buildSampleWorkspace } from '../../lib/sample/buildSample';
import { emptyWorkspaceData } from '../../lib/workspaceData';

// A fixed export time keeps the published file identical from one build to the next.
const SAMPLE_EXPORTED_AT = new Date('2026-11-20T09:00:00Z');

// Published in the current file format, so loading the sample reads it exactly as an import would.
export const GET: APIRoute = async () => {
  const sample = await buildSampleWorkspace(
    await loadQuestionnaire(),
    SAMPLE_EXPORTED_AT,
    await loadChecklists(),
    await loadRiskScreening(),
  );
  const file = await buildExport(
    { scope: 'workspace' },
    { ...emptyWorkspaceData(), ...sample.data },
    {},
    { portal: portalInfo(), presets: await loadWeightPresets(), now: SAMPLE_EXPORTED_AT, title: sample.source },
  );
  return new Response(JSON.stringify(file, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
