import type { ChecklistItem, ChecklistTemplate } from '../../../src/schemas/checklistTemplate';
import type { Review, ReviewAnswer, UseCaseSnapshot } from '../../../src/schemas/governance';

export const AT = '2026-11-24T15:00:00.000Z';

export function makeItem(id: string, overrides: Partial<ChecklistItem> = {}): ChecklistItem {
  return {
    id,
    section: 'Fairness',
    statement: `The ${id} duty is met and written down.`,
    guidance: 'Read the document and check that it names an owner and a date.',
    severity: 'major',
    evidence: 'A signed-off document with owner and date.',
    nist: ['govern'],
    altai: ['accountability'],
    ...overrides,
  };
}

/** Four items: a plain blocker, a major, one for personal data only and one for high risk only. */
export function makeTemplate(overrides: Partial<ChecklistTemplate> = {}): ChecklistTemplate {
  return {
    id: 'test-checklist',
    version: '1.0.0',
    title: 'Test checklist',
    summary: 'A small checklist for tests of the review logic.',
    items: [
      makeItem('bias-audit', { severity: 'blocker', nist: ['measure'], altai: ['diversity-fairness'] }),
      makeItem('purpose-agreed', { nist: ['govern', 'map'], altai: ['accountability', 'transparency'] }),
      makeItem('lawful-basis', {
        severity: 'blocker',
        conditions: { dataClassification: ['personal'] },
        altai: ['privacy-data-governance'],
      }),
      makeItem('impact-assessment', { severity: 'minor', conditions: { riskTier: ['high'] }, nist: ['map'] }),
    ],
    ...overrides,
  };
}

export const confidentialMedium: UseCaseSnapshot = { title: 'Route ETA', dataClassification: 'confidential', riskTier: 'medium' };
export const personalHigh: UseCaseSnapshot = { title: 'Driver scoring', dataClassification: 'personal', riskTier: 'high' };

export function makeReview(overrides: Partial<Review> = {}): Review {
  return {
    id: 'review-0001',
    lineageId: 'lineage-0001',
    revision: 1,
    subject: { kind: 'use-case', useCaseId: 'usecase-0001' },
    useCaseSnapshot: personalHigh,
    template: makeTemplate(),
    status: 'in-review',
    signOff: null,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

export function makeReviewAnswer(
  itemId: string,
  status: ReviewAnswer['status'],
  overrides: Partial<ReviewAnswer> = {},
): ReviewAnswer {
  return {
    reviewId: 'review-0001',
    itemId,
    status,
    justification: status === 'not-applicable' ? 'Not used for this model.' : '',
    notes: '',
    evidence: [],
    answeredBy: 'Ingrid Berg',
    answeredAt: AT,
    ...overrides,
  };
}
