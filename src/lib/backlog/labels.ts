/** How the backlog's stored values read on screen and in CSV files made by hand. */
import type { CriterionId, DataClassification, RiskTier, UseCaseFamily, UseCaseStatus } from '../../schemas/enums';
import type { Quadrant } from './methods';

export const familyLabels: Record<UseCaseFamily, string> = {
  'process-automation': 'Business-process automation',
  'document-processing': 'Document processing and key-value extraction',
  language: 'Language understanding and generation',
  'chat-assistant': 'Chat assistant',
  'knowledge-mining': 'Knowledge mining',
  'unstructured-analysis': 'Unstructured-data analysis',
  forecasting: 'Forecasting',
  other: 'Other',
};

export const statusLabels: Record<UseCaseStatus, string> = {
  idea: 'Idea',
  proposed: 'Proposed',
  approved: 'Approved',
  'in-progress': 'In progress',
  'in-production': 'In production',
  retired: 'Retired',
};

export const classificationLabels: Record<DataClassification, string> = {
  public: 'Public',
  confidential: 'Confidential',
  sensitive: 'Sensitive',
  personal: 'Personal data',
};

export const riskTierLabels: Record<RiskTier, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

/** Short names of the criteria, for table headers and lists inside a sentence. */
export const criterionShortLabels: Record<CriterionId, string> = {
  'data-availability': 'Data',
  feasibility: 'Feasibility',
  'business-value': 'Value',
  cost: 'Cost',
  'time-to-market': 'Time to market',
};

export const quadrantLabels: Record<Quadrant, string> = {
  'quick-win': 'Quick wins',
  'major-project': 'Major projects',
  'fill-in': 'Fill-ins',
  reconsider: 'Reconsider',
};

export const quadrantHints: Record<Quadrant, string> = {
  'quick-win': 'high value, low effort: do these first',
  'major-project': 'high value, high effort: plan and fund them',
  'fill-in': 'low value, low effort: do when there is spare capacity',
  reconsider: 'low value, high effort: rethink or drop',
};
