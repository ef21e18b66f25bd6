/**
 * Plain value lists shared by the schemas and the browser code. They live apart from the zod
 * schemas so that pages which only need the lists do not ship the validator.
 */
export const dimensionIds = ['people', 'process', 'platform'] as const;
export type DimensionId = (typeof dimensionIds)[number];

export const answerStates = ['level', 'dont-know', 'not-applicable'] as const;
export const confidences = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof confidences)[number];

/** The five backlog criteria, in the order the backlog shows them. */
export const criterionIds = ['data-availability', 'feasibility', 'business-value', 'cost', 'time-to-market'] as const;
export type CriterionId = (typeof criterionIds)[number];

export const useCaseFamilies = [
  'process-automation',
  'document-processing',
  'language',
  'chat-assistant',
  'knowledge-mining',
  'unstructured-analysis',
  'forecasting',
  'other',
] as const;
export type UseCaseFamily = (typeof useCaseFamilies)[number];

export const useCaseStatuses = ['idea', 'proposed', 'approved', 'in-progress', 'in-production', 'retired'] as const;
export type UseCaseStatus = (typeof useCaseStatuses)[number];
