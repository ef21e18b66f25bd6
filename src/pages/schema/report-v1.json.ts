import type { APIRoute } from 'astro';
import { reportJsonSchema } from '../../lib/exchange/jsonSchema';

// Generated from the zod schema at build, so the published contract is the one the portal reads.
export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(reportJsonSchema(site?.href), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
