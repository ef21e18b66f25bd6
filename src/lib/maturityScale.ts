/**
 * The public five-level MLOps maturity scale (levels 0 to 4). The portal maps the overall score
 * to it only as an indication: the scale describes automation of the whole lifecycle, while the
 * portal's score also covers people and process.
 *
 * A level counts as reached when the overall score has reached it in full, so the indicative
 * level is the overall score rounded down (2.7 is indicative level 2).
 */
export interface ScaleLevel {
  level: 0 | 1 | 2 | 3 | 4;
  name: string;
  description: string;
}

export const maturityScale: readonly ScaleLevel[] = [
  { level: 0, name: 'No MLOps', description: 'Models are built and handed over by hand; little is repeatable or tracked.' },
  {
    level: 1,
    name: 'DevOps without MLOps',
    description: 'Application code has builds and releases, but models and data are still managed by hand.',
  },
  { level: 2, name: 'Automated training', description: 'Training runs as a pipeline with tracked experiments, data and models.' },
  {
    level: 3,
    name: 'Automated model deployment',
    description: 'Validated models are released and rolled back through automated pipelines.',
  },
  {
    level: 4,
    name: 'Full MLOps automated operations',
    description: 'Monitoring triggers retraining and release with people overseeing, not doing, each step.',
  },
];

export function indicativeLevel(overallScore: number | null): ScaleLevel | null {
  if (overallScore === null || Number.isNaN(overallScore)) return null;
  const level = Math.min(4, Math.max(0, Math.floor(overallScore + 1e-9)));
  return maturityScale[level] ?? null;
}
