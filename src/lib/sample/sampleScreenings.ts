/**
 * Risk-tier screenings of some sample use cases, answered the way the sample organisation would.
 * The chat assistant shows an overrule: the screening suggests medium, the steering group chose
 * high and said why. The driver expense checks are left unscreened, as a use case still waiting.
 */
export interface SampleScreening {
  key: string;
  answers: Record<string, string>;
  justification?: string;
  decidedBy: string;
  decidedAt: string;
}

const calm = {
  'prohibited-practice': 'no',
  'high-risk-area': 'no',
  'decisions-about-people': 'none',
  safety: 'no',
  scale: 'few',
  reversibility: 'easily',
  'vulnerable-groups': 'no',
  'public-interaction': 'no',
};

export const sampleScreenings: readonly SampleScreening[] = [
  {
    key: '01',
    answers: { ...calm, scale: 'many', 'public-interaction': 'yes' },
    decidedBy: 'Emma Lindqvist',
    decidedAt: '2026-04-02T09:00:00.000Z',
  },
  { key: '02', answers: { ...calm, scale: 'thousands' }, decidedBy: 'Emma Lindqvist', decidedAt: '2026-04-02T09:20:00.000Z' },
  {
    key: '05',
    answers: { ...calm, scale: 'many', 'public-interaction': 'yes' },
    justification:
      'The assistant rebooks deliveries on its own and answers far less accurately in Finnish than in Norwegian; the steering group wants the high-risk review until that gap is closed.',
    decidedBy: 'Astrid Hagen',
    decidedAt: '2026-10-14T10:00:00.000Z',
  },
  {
    key: '06',
    answers: { ...calm, safety: 'direct', 'decisions-about-people': 'informs', 'vulnerable-groups': 'yes' },
    decidedBy: 'Astrid Hagen',
    decidedAt: '2026-10-14T10:30:00.000Z',
  },
  {
    key: '12',
    answers: { ...calm, safety: 'direct', reversibility: 'hardly' },
    decidedBy: 'Emma Lindqvist',
    decidedAt: '2026-10-15T08:00:00.000Z',
  },
];
