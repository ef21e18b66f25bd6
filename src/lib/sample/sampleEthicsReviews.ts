/** Responsible-AI and data-protection reviews of the sample organisation. */
import { sampleReviewers, wiki, type SampleReviewStory } from './sampleGovernanceData';

export const chatEthicsReview: SampleReviewStory = {
  key: 'chat-ethics',
  useCaseId: 'sample-usecase-05',
  fallbackRiskTier: 'high',
  modelName: 'Shipment tracking assistant',
  templateId: 'responsible-ai',
  reviewer: sampleReviewers.ethics,
  startedAt: '2026-10-20T09:00:00.000Z',
  steps: [
    {
      item: 'intended-purpose-and-limits',
      status: 'met',
      evidence: [['Assistant charter, v2', wiki('ai/tracking-assistant/charter')]],
    },
    {
      item: 'affected-people-identified',
      status: 'met',
      notes: 'Includes recipients who never book with us, and customers who write in a second language.',
    },
    {
      item: 'impact-assessment-completed',
      status: 'partially-met',
      notes:
        'The assessment covers wrong answers and rebooking errors, but not the hand-over to an agent for customers in a vulnerable situation.',
      evidence: [['Impact assessment draft', wiki('ai/tracking-assistant/impact-assessment')]],
    },
    {
      item: 'affected-groups-consulted',
      status: 'not-met',
      notes: 'Only internal staff were asked. A customer panel is planned for January.',
    },
    {
      item: 'fairness-groups-defined',
      status: 'met',
      notes: 'Groups: language (Norwegian, Swedish, Finnish, English) and channel (web, app).',
    },
    { item: 'bias-audit-data', status: 'met' },
    {
      item: 'fairness-metrics-by-group',
      status: 'partially-met',
      notes: 'Answer accuracy is measured per language, but hand-over rates per language are not.',
    },
    {
      item: 'fairness-gaps-resolved',
      status: 'not-met',
      notes:
        'Correct answers: Norwegian 91 %, Swedish 84 %, **Finnish 71 %**. No agreed tolerance and no plan to close the gap yet.',
      evidence: [['Evaluation by language, October', wiki('ai/tracking-assistant/eval-2026-10')]],
    },
    {
      item: 'explanation-method-in-place',
      status: 'not-applicable',
      justification:
        'The assistant does not score or decide anything about a person; every answer links to the tracking record it is based on.',
    },
    {
      item: 'ai-use-disclosed',
      status: 'met',
      notes: 'The chat window says it is an automated assistant and offers an agent at every step.',
    },
    { item: 'oversight-model-defined', status: 'met' },
    {
      item: 'human-review-of-significant-decisions',
      status: 'met',
      notes: 'Any rebooking that changes cost or delivery date is confirmed by an agent.',
    },
  ],
};

export const expensesDataReview: SampleReviewStory = {
  key: 'expenses-data',
  useCaseId: 'sample-usecase-24',
  fallbackRiskTier: 'high',
  modelName: 'Expense anomaly model',
  templateId: 'data-governance',
  reviewer: sampleReviewers.privacy,
  startedAt: '2026-11-03T12:00:00.000Z',
  steps: [
    { item: 'data-inventory', status: 'met' },
    { item: 'classification-assigned', status: 'met', notes: 'Classified as personal data: every claim names the driver.' },
    {
      item: 'access-matches-classification',
      status: 'partially-met',
      notes: 'The prototype dataset sits in a shared analytics workspace that 40 people can read.',
    },
    {
      item: 'lawful-basis-recorded',
      status: 'not-met',
      notes:
        'No lawful basis has been assessed for scoring the behaviour of named employees, and the works council has not been consulted.',
    },
    {
      item: 'data-minimised',
      status: 'not-met',
      notes: 'The extract includes home addresses and bank details that the model does not need.',
    },
    { item: 'data-protection-impact-assessment', status: 'not-met' },
    { item: 'retention-defined-and-enforced', status: 'partially-met' },
  ],
  signOff: {
    at: '2026-11-10T14:30:00.000Z',
    reviewerName: sampleReviewers.privacy,
    reviewerRole: 'Data protection officer',
    decision: 'reject',
    conditions:
      'No data protection impact assessment has been made for the camera footage, and how long it is kept is not settled. Reopen once both are done.',
    date: '2026-11-10',
  },
};
