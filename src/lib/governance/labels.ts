import type { DataClassification, Decision, ItemStatus, RiskTier, Severity } from '../../schemas/enums';

/**
 * The words the portal uses for governance values. The records are keyed by the schema types, so
 * a value added to a list without a label fails type checking. The display order is the list's.
 */
export const itemStatusLabels: Record<ItemStatus, string> = {
  met: 'Met',
  'partially-met': 'Partially met',
  'not-met': 'Not met',
  'not-applicable': 'Not applicable',
};

export const severityLabels: Record<Severity, string> = {
  blocker: 'Blocker',
  major: 'Major',
  minor: 'Minor',
};

export const decisionLabels: Record<Decision, string> = {
  approve: 'Approve',
  'approve-with-conditions': 'Approve with conditions',
  reject: 'Reject',
};

/** Classification and tier as words inside a sentence ("personal data", "high risk"); headings use the backlog's labels. */
export const classificationLabels: Record<DataClassification, string> = {
  public: 'public',
  confidential: 'confidential',
  sensitive: 'sensitive',
  personal: 'personal',
};

export const riskTierLabels: Record<RiskTier, string> = {
  low: 'low',
  medium: 'medium',
  high: 'high',
};

export const auditActionLabels: Record<string, string> = {
  'review-started': 'Review started',
  'answer-changed': 'Answer changed',
  'signed-off': 'Signed off',
  reopened: 'Reopened',
  'risk-tier-screened': 'Risk tier screened',
};

/** "a", "a or b", "a, b or c": the way a condition reads in a sentence. */
export function listWithOr(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
