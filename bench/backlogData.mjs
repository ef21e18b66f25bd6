// The 10,000 use cases the backlog benchmark imports: generated with a fixed pseudo-random
// sequence, so every run measures the same rows, and written in the backlog's CSV format.
import Papa from 'papaparse';

const COUNT = 10_000;
const families = [
  'process-automation',
  'document-processing',
  'language',
  'chat-assistant',
  'knowledge-mining',
  'unstructured-analysis',
  'forecasting',
  'other',
];
const statuses = ['idea', 'proposed', 'approved', 'in-progress', 'in-production', 'retired'];
const raters = [
  ['Ingrid Solberg', 'Head of Data Science'],
  ['Lars Eide', 'Director of Road Operations'],
  ['Aino Virtanen', 'Enterprise Architect'],
];
const criteria = ['data-availability', 'feasibility', 'business-value', 'cost', 'time-to-market'];
const columns = ['data_availability', 'feasibility', 'business_value', 'cost', 'time_to_market'];

/** 10,000 use cases, one rating each, with scores spread by a fixed pseudo-random sequence. */
export function generateBacklog(count = COUNT) {
  let seed = 20261124;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const now = '2026-11-24T12:00:00.000Z';
  const useCases = [];
  const ratings = [];
  for (let i = 0; i < count; i += 1) {
    const id = `bench-use-case-${String(i).padStart(5, '0')}`;
    useCases.push({
      id,
      title: `Generated use case ${i}: ${families[i % families.length]} for unit ${i % 40}`,
      description: `Generated for the benchmark, number ${i}.`,
      sponsor: `Sponsor ${i % 97}`,
      businessUnit: `Unit ${i % 40}`,
      family: families[i % families.length],
      status: statuses[i % statuses.length],
      dataClassification: 'confidential',
      riskTier: i % 3 === 0 ? 'low' : 'medium',
      tags: [`tag-${i % 25}`, 'generated'],
      archived: false,
      createdAt: now,
      updatedAt: now,
    });
    const [raterName, raterRole] = raters[i % raters.length];
    const scores = Object.fromEntries(criteria.map((criterion) => [criterion, 1 + Math.floor(next() * 5)]));
    ratings.push({ id: `${id}-rating`, useCaseId: id, raterName, raterRole, scores, comment: '', updatedAt: now });
  }
  return { useCases, ratings };
}

export function toCsv({ useCases, ratings }) {
  const byUseCase = new Map(ratings.map((rating) => [rating.useCaseId, rating]));
  const fields = [
    'use_case_id',
    'title',
    'description',
    'sponsor',
    'business_unit',
    'family',
    'status',
    'data_classification',
    'risk_tier',
    'tags',
    'archived',
    'created_at',
    'updated_at',
    'rating_id',
    'rater_name',
    'rater_role',
    ...columns,
    'rater_comment',
    'rated_at',
  ];
  const data = useCases.map((useCase) => {
    const rating = byUseCase.get(useCase.id);
    return [
      useCase.id,
      useCase.title,
      useCase.description,
      useCase.sponsor,
      useCase.businessUnit,
      useCase.family,
      useCase.status,
      useCase.dataClassification,
      useCase.riskTier,
      useCase.tags.join(', '),
      'false',
      useCase.createdAt,
      useCase.updatedAt,
      rating.id,
      rating.raterName,
      rating.raterRole,
      ...criteria.map((criterion) => String(rating.scores[criterion])),
      '',
      rating.updatedAt,
    ];
  });
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: '\r\n' })}`;
}
