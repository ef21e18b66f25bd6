import type { APIRoute } from 'astro';
import { loadChecklists } from '../../build/checklists';
import { loadQuestionnaire } from '../../build/questionnaire';
import { buildSampleWorkspace } from '../../lib/sample/buildSample';

// A fixed export time keeps the published file identical from one build to the next.
const SAMPLE_EXPORTED_AT = new Date('2026-11-20T09:00:00Z');

export const GET: APIRoute = async () =>
  new Response(
    JSON.stringify(await buildSampleWorkspace(await loadQuestionnaire(), SAMPLE_EXPORTED_AT, await loadChecklists()), null, 2),
    {
      headers: { 'Content-Type': 'application/json' },
    },
  );
