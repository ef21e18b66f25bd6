/**
 * The sample's survey round: besides the head of data science (the sample's main assessment),
 * five colleagues in two teams answered the same questionnaire in their own browsers and sent
 * their files back. They agree on most capabilities and part ways on a few, as people do: the
 * terminal operations team sees less executive backing and less change management than the
 * platform team does, and IT operations rates recovery higher than anyone else. Several people
 * outside the platform team answered "don't know" on platform questions.
 *
 * Each respondent is written as the levels where they differ from the main assessment; every
 * other capability takes the main assessment's answer.
 */
import type { SampleLevel } from './sampleAnswers';

export const SAMPLE_ROUND = '2026 Q4 survey';

export interface SampleRespondent {
  /** Stable assessment id. */
  id: string;
  name: string;
  role: string;
  team: string;
  date: string;
  /** Where this person's answer differs from the main assessment's. */
  differences: Readonly<Record<string, SampleLevel>>;
  /** Why a capability does not apply, for each "not-applicable" among the differences. */
  naReasons?: Readonly<Record<string, string>>;
}

export const PLATFORM_TEAM = 'Data & AI platform';
export const OPERATIONS_TEAM = 'Terminal operations';

export const sampleRespondents: readonly SampleRespondent[] = [
  {
    id: 'sample-respondent-jonas',
    name: 'Jonas Berg',
    role: 'ML engineer',
    team: PLATFORM_TEAM,
    date: '2026-10-27',
    differences: {
      'executive-sponsorship': 3,
      'incident-response': 1,
      'drift-and-performance-monitoring': 2,
      'availability-and-recovery': 2,
      explainability: 1,
      'ci-cd-for-ml': 3,
      'model-repository': 3,
    },
  },
  {
    id: 'sample-respondent-mette',
    name: 'Mette Dahl',
    role: 'Data engineer',
    team: PLATFORM_TEAM,
    date: '2026-10-27',
    differences: {
      'change-management': 2,
      'availability-and-recovery': 1,
      'data-versioning-and-lineage': 2,
      'feature-catalogue': 2,
      explainability: 'not-applicable',
    },
    naReasons: {
      explainability: 'None of the pipelines I run feed a model whose decisions are explained to people.',
    },
  },
  {
    id: 'sample-respondent-henrik',
    name: 'Henrik Aas',
    role: 'Operations manager',
    team: OPERATIONS_TEAM,
    date: '2026-10-28',
    differences: {
      'executive-sponsorship': 2,
      'change-management': 0,
      'domain-expert-involvement': 2,
      'goals-and-kpis': 1,
      'drift-and-performance-monitoring': 'dont-know',
      explainability: 'dont-know',
      'model-repository': 'dont-know',
      'feature-catalogue': 'dont-know',
      'availability-and-recovery': 'dont-know',
    },
  },
  {
    id: 'sample-respondent-sofie',
    name: 'Sofie Lund',
    role: 'Terminal planner',
    team: OPERATIONS_TEAM,
    date: '2026-10-29',
    differences: {
      'executive-sponsorship': 2,
      'change-management': 0,
      'domain-expert-involvement': 1,
      'collaboration-and-culture': 1,
      'drift-and-performance-monitoring': 'dont-know',
      explainability: 1,
      'self-service-provisioning': 'dont-know',
      'availability-and-recovery': 'dont-know',
    },
  },
  {
    id: 'sample-respondent-ahmed',
    name: 'Ahmed Rahimi',
    role: 'IT operations lead',
    team: OPERATIONS_TEAM,
    date: '2026-10-29',
    differences: {
      'executive-sponsorship': 3,
      'domain-expert-involvement': 2,
      'incident-response': 3,
      'availability-and-recovery': 3,
      explainability: 'dont-know',
      'data-security-and-classification': 2,
    },
  },
];
