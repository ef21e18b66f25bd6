import { getCollection } from 'astro:content';
import type { RiskScreening } from '../schemas/riskScreening';

/** The risk-tier screening from content/governance/risk-screening.yaml, validated by its collection schema. */
export async function loadRiskScreening(): Promise<RiskScreening> {
  const [entry] = await getCollection('riskScreening');
  if (!entry) throw new Error('content/governance/risk-screening.yaml is missing');
  return entry.data;
}
