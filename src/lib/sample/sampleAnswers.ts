/**
 * The sample workspace's story, as plain data: a fictional Nordic freight company that assessed
 * itself in spring 2026 (the milestone) and again in autumn 2026 (the current answers).
 * Answers are keyed by capability id, never by position, so reordering content keeps them attached.
 */
import type { LevelValue } from '../../schemas/questionnaire';
import type { Confidence } from '../../schemas/enums';

export const sampleOrganisation = {
  organisation: 'Nordlys Freight AS',
  team: 'Data & AI platform',
  respondentName: 'Ingrid Solberg',
  respondentRole: 'Head of Data Science',
  assessmentName: 'MLOps maturity review, autumn 2026',
  milestoneName: 'Spring 2026 baseline',
} as const;

/** A level from 0 to 4, or one of the two answers that carry no level. */
export type SampleLevel = LevelValue | 'dont-know' | 'not-applicable';

export interface SampleEvidence {
  /** Stable id, unique across the sample. */
  id: string;
  label: string;
  url: string;
  /** True when the link was already attached at the spring milestone. */
  atMilestone?: boolean;
}

/** How the answer looked at the milestone; fields left out are taken from today's answer (notes default to none). */
export interface SampleEarlierAnswer {
  level: SampleLevel;
  confidence?: Confidence;
  notes?: string;
}

export interface SampleAnswer {
  capabilityId: string;
  level: SampleLevel;
  naReason?: string;
  target?: LevelValue;
  confidence?: Confidence;
  notes?: string;
  evidence?: readonly SampleEvidence[];
  /** Present only where the spring answer differed from today's, or had its own notes. */
  earlier?: SampleEarlierAnswer;
}

const wiki = 'https://wiki.nordlys.example';

export const sampleAnswers: readonly SampleAnswer[] = [
  // People
  {
    capabilityId: 'roles-and-skills',
    level: 2,
    target: 3,
    confidence: 'high',
    notes:
      'All five core roles now have named people whose job descriptions cover them, after two ML engineers joined in June. IT operations and ethics review are still borrowed from other departments case by case.',
    earlier: {
      level: 1,
      notes: 'Core roles are listed, but our three data scientists also cover ML engineering and model hosting.',
    },
  },
  { capabilityId: 'collaboration-and-culture', level: 2, target: 3, confidence: 'medium' },
  {
    capabilityId: 'executive-sponsorship',
    level: 4,
    target: 4,
    confidence: 'high',
    notes:
      'The COO has sponsored the programme since 2024. Machine learning is named in the *Freight 2030* strategy, the platform budget carried on unchanged when the CEO changed in August, and the CFO is the agreed deputy sponsor.',
    earlier: {
      level: 3,
      notes: 'The sponsor reports portfolio KPIs to the leadership team each quarter; the strategy refresh is still a draft.',
    },
  },
  {
    capabilityId: 'change-management',
    level: 1,
    target: 2,
    confidence: 'medium',
    notes:
      'Dispatchers had a demo and an email when the ETA model went live. We do not measure adoption yet, and feedback reaches us through team leads rather than a channel of its own.',
  },
  {
    capabilityId: 'competency-growth',
    level: 0,
    target: 2,
    confidence: 'low',
    notes:
      'There is no skills inventory for ML roles, and training happens when someone asks for it. HR has agreed to pilot a competency framework in the first quarter of 2027.',
  },
  {
    capabilityId: 'domain-expert-involvement',
    level: 3,
    target: 3,
    confidence: 'high',
    notes:
      'Terminal planners sit in both squads and go through misclassified customs documents every fortnight. They moved the late-arrival alert threshold twice this year when the winter routes changed.',
    evidence: [
      {
        id: 'sample-evidence-acceptance-customs',
        label: 'Acceptance criteria for customs document classification',
        url: `${wiki}/data-ai/customs-documents/acceptance-criteria`,
        atMilestone: true,
      },
    ],
  },
  {
    capabilityId: 'responsible-ai-ownership',
    level: 1,
    target: 2,
    confidence: 'medium',
    notes:
      'A named reviewer in Legal & Compliance is consulted on models that touch customer data, but only when the squad remembers to ask. Findings stay in email threads.',
    earlier: { level: 'dont-know', notes: 'Not sure whether anyone reviews our models for fairness; to be checked with Legal.' },
  },

  // Process
  {
    capabilityId: 'use-case-intake',
    level: 2,
    target: 3,
    confidence: 'high',
    notes:
      'Each idea in the backlog is scored before approval on:\n\n- data availability\n- feasibility with the current platform\n- business value and cost\n- time to market\n\nThe prioritisation group meets monthly and keeps minutes.',
    evidence: [
      {
        id: 'sample-evidence-backlog-scoring',
        label: 'Use-case backlog and scoring sheet',
        url: `${wiki}/data-ai/use-case-backlog`,
      },
    ],
    earlier: { level: 1 },
  },
  { capabilityId: 'goals-and-kpis', level: 2, target: 3, confidence: 'medium' },
  {
    capabilityId: 'experimentation-and-reproducibility',
    level: 2,
    target: 3,
    confidence: 'high',
    evidence: [
      {
        id: 'sample-evidence-reproduce-run',
        label: 'Guide: reproducing a tracked training run',
        url: `${wiki}/platform/guides/reproduce-training-run`,
        atMilestone: true,
      },
    ],
  },
  {
    capabilityId: 'ci-cd-for-ml',
    level: 2,
    target: 3,
    confidence: 'high',
    notes:
      'Training pipelines run nightly for the ETA and demand models and register each version with its metrics. Promotion to production is still a manual step carried out by the platform team.',
    earlier: { level: 1 },
  },
  { capabilityId: 'testing-and-validation', level: 2, target: 3, confidence: 'medium' },
  {
    capabilityId: 'drift-and-performance-monitoring',
    level: 1,
    target: 3,
    confidence: 'medium',
    notes:
      '**Down since spring.** The drift dashboards read from the old data warehouse and stopped working after the migration in August. Until they are rebuilt we check performance by hand once a month.',
    earlier: {
      level: 2,
      notes: 'Drift and outlier dashboards for the ETA and demand models, with alerts sent to each squad channel.',
    },
  },
  { capabilityId: 'retraining', level: 1, target: 2, confidence: 'medium' },
  {
    capabilityId: 'explainability',
    level: 'not-applicable',
    naReason:
      'Our production models forecast freight volumes and arrival times for internal planning. None of them decides anything about an individual customer or employee, and no regulator asks us for explanations. We will look again if the driver-scheduling idea in the backlog goes ahead.',
  },
  { capabilityId: 'data-versioning-and-lineage', level: 1, target: 2, confidence: 'medium' },
  {
    capabilityId: 'incident-response',
    level: 2,
    target: 3,
    confidence: 'medium',
    notes:
      'Since July a roll-back to the previous model runs through the deployment pipeline in a few minutes. ML incidents are logged in the shared incident tool, and both significant ones this year have a written post-mortem.',
    earlier: { level: 1 },
  },
  {
    capabilityId: 'model-governance-and-documentation',
    level: 2,
    target: 3,
    confidence: 'medium',
    notes:
      'Every production model has a model card and a datasheet stored with its registry version, and approval is recorded before go-live.',
    evidence: [
      {
        id: 'sample-evidence-model-inventory',
        label: 'Model inventory',
        url: `${wiki}/data-ai/model-inventory`,
        atMilestone: true,
      },
      { id: 'sample-evidence-model-card-template', label: 'Model card template', url: `${wiki}/data-ai/templates/model-card` },
    ],
    earlier: { level: 1 },
  },

  // Platform
  {
    capabilityId: 'model-repository',
    level: 2,
    target: 3,
    confidence: 'high',
    evidence: [
      {
        id: 'sample-evidence-registry-guide',
        label: 'Model registry user guide',
        url: `${wiki}/platform/guides/model-registry`,
        atMilestone: true,
      },
    ],
  },
  {
    capabilityId: 'feature-catalogue',
    level: 1,
    confidence: 'medium',
    notes:
      'Datasets are catalogued with owners, but features are still defined inside each project. No target until we decide whether to buy or build a feature store.',
  },
  { capabilityId: 'self-service-provisioning', level: 2, target: 3, confidence: 'high' },
  { capabilityId: 'deployment-options', level: 2, target: 3, confidence: 'high' },
  {
    capabilityId: 'availability-and-recovery',
    level: 'dont-know',
    notes:
      "Model serving runs on the infrastructure team's cluster. I could not confirm that a restore of model artefacts has ever been tested, and have asked the infrastructure lead to find out before the next steering meeting.",
    earlier: { level: 1, confidence: 'low' },
  },
  {
    capabilityId: 'data-security-and-classification',
    level: 3,
    target: 4,
    confidence: 'high',
    notes:
      'Shipment and customer data is tagged on ingestion, and the platform enforces access per class:\n\n- personal data is pseudonymised outside production\n- access is reviewed every quarter\n- data is encrypted at rest and in transit',
    evidence: [
      {
        id: 'sample-evidence-classification-policy',
        label: 'Data classification policy',
        url: `${wiki}/security/data-classification-policy`,
        atMilestone: true,
      },
    ],
  },
  { capabilityId: 'dataops-foundations', level: 2, target: 3, confidence: 'high' },
  { capabilityId: 'cloud-and-open-source', level: 2, target: 3, confidence: 'medium', earlier: { level: 1 } },
  { capabilityId: 'quality-and-observability-tooling', level: 1, target: 2, confidence: 'medium' },
  {
    capabilityId: 'online-experimentation',
    level: 1,
    target: 2,
    confidence: 'medium',
    notes: 'The ETA model runs in shadow for two weeks before each release, set up by hand; success is judged afterwards.',
  },
  {
    capabilityId: 'genai-evaluation-and-guardrails',
    level: 1,
    target: 3,
    confidence: 'low',
    notes:
      'Prompts of the manuals search are in the repository and the model version is pinned. About 60 test questions are run by hand before a release; there is no injection testing yet.',
  },
  {
    capabilityId: 'ai-management-system',
    level: 1,
    target: 2,
    confidence: 'medium',
    notes:
      'The board approved an AI policy in March and the inventory lists 14 systems. No risk appetite, objectives or internal audit yet.',
  },
  { capabilityId: 'open-source-governance', level: 2, target: 3, confidence: 'high' },
  {
    capabilityId: 'ml-cost-management',
    level: 1,
    target: 2,
    confidence: 'medium',
    notes: 'Cloud resources are tagged per use case and reported monthly. No budgets or alerts, and idle notebooks stay up.',
  },
];
