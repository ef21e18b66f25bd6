/**
 * Every plain value list of the portal, defined once. The zod schemas build their enums from
 * these arrays, types come from them, and label records elsewhere are keyed by these types (so a
 * value added here without a label fails type checking). They live apart from the zod schemas so
 * that pages which only need the lists do not ship the validator.
 */

// The maturity assessment.
export const dimensionIds = ['people', 'process', 'platform'] as const;
export type DimensionId = (typeof dimensionIds)[number];

export const answerStates = ['level', 'dont-know', 'not-applicable'] as const;

export const confidences = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof confidences)[number];

/** Where in the machine-learning lifecycle a capability matters. */
export const lifecycleStages = [
  'scoping',
  'data',
  'modelling',
  'deployment',
  'monitoring',
  'retraining',
  'organisation',
] as const;

/** The roles a capability concerns. */
export const roleTags = [
  'leader',
  'business-stakeholder',
  'domain-expert',
  'data-scientist',
  'data-engineer',
  'ml-engineer',
  'software-engineer',
  'cloud-architect',
  'ai-architect',
  'it-operations',
  'ethics-reviewer',
  'security',
] as const;

// The use-case backlog.

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

/** How sensitive a use case's data is, from least to most. */
export const dataClassifications = ['public', 'confidential', 'sensitive', 'personal'] as const;
export type DataClassification = (typeof dataClassifications)[number];

export const riskTiers = ['low', 'medium', 'high'] as const;
export type RiskTier = (typeof riskTiers)[number];

// Model governance.
export const severities = ['blocker', 'major', 'minor'] as const;
export type Severity = (typeof severities)[number];

export const itemStatuses = ['met', 'partially-met', 'not-met', 'not-applicable'] as const;
export type ItemStatus = (typeof itemStatuses)[number];

export const reviewStatuses = ['in-review', 'signed-off', 'superseded'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

export const decisions = ['approve', 'approve-with-conditions', 'reject'] as const;
export type Decision = (typeof decisions)[number];

/** The governance status a use case shows in the backlog, rolled up from its reviews. */
export const governanceStatuses = [
  'not-started',
  'in-review',
  'blocking-findings',
  'approved',
  'approved-with-conditions',
  'rejected',
] as const;
export type GovernanceStatus = (typeof governanceStatuses)[number];
