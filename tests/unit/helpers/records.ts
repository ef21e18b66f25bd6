import type { Answer, Assessment } from '../../../src/schemas/assessment';

export const HASH = 'a'.repeat(64);
export const NOW = '2026-11-24T15:00:00.000Z';

export function makeAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: 'assessment-1',
    name: 'Fraud team baseline',
    organisation: 'Example Bank',
    team: 'Fraud analytics',
    respondentName: 'Sam Doe',
    respondentRole: 'practitioner',
    date: '2026-11-24',
    questionnaire: { id: 'mlops-maturity', version: '1.0.0', hash: HASH },
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

export function makeAnswer(capabilityId: string, overrides: Partial<Answer> = {}): Answer {
  return {
    assessmentId: 'assessment-1',
    capabilityId,
    state: 'level',
    level: 2,
    naReason: '',
    confidence: null,
    target: null,
    notes: '',
    evidence: [],
    updatedAt: NOW,
    ...overrides,
  };
}

type Scored = Pick<Answer, 'capabilityId' | 'state' | 'level' | 'target'>;

export const level = (capabilityId: string, value: number, target: number | null = null): Scored => ({
  capabilityId,
  state: 'level',
  level: value,
  target,
});
export const dontKnow = (capabilityId: string, target: number | null = null): Scored => ({
  capabilityId,
  state: 'dont-know',
  level: null,
  target,
});
export const notApplicable = (capabilityId: string): Scored => ({
  capabilityId,
  state: 'not-applicable',
  level: null,
  target: null,
});
