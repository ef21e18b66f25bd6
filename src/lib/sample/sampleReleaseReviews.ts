/** Release reviews of the sample organisation: production readiness and model validation. */
import { met, sampleReviewers, wiki, type SampleReviewStory } from './sampleGovernanceData';

export const etaReadinessReview: SampleReviewStory = {
  key: 'eta-readiness',
  useCaseId: 'sample-usecase-01',
  fallbackRiskTier: 'medium',
  modelName: 'Delivery time model',
  templateId: 'production-readiness',
  reviewer: sampleReviewers.platform,
  startedAt: '2026-09-14T08:30:00.000Z',
  steps: [
    ...met('continuous-integration', 'automated-deployment'),
    {
      item: 'staged-rollout',
      status: 'partially-met',
      notes: 'A 5 % canary runs for 48 hours, but promotion is decided by eye. There are **no written promotion criteria** yet.',
      evidence: [['Canary release runbook', wiki('ml/eta/canary-runbook')]],
    },
    {
      item: 'rollback-rehearsed',
      status: 'met',
      notes: 'Rehearsed on 9 September in staging: previous version restored in 6 minutes.',
      evidence: [['Roll-back rehearsal log', wiki('ml/eta/rollback-2026-09')]],
    },
    {
      item: 'fallback-defined',
      status: 'met',
      notes: 'When the service is down or slow the portal falls back to the fixed “next working day” promise.',
    },
    {
      item: 'drift-monitored',
      status: 'partially-met',
      notes: 'Weekly drift report exists; alert thresholds still to be agreed.',
    },
    ...met('outliers-detected', 'performance-decay-tracked', 'predictions-logged'),
    {
      item: 'user-feedback-captured',
      status: 'partially-met',
      notes: 'Customer service can flag wrong windows, but the flags are not yet fed into the monitoring dashboard.',
    },
    ...met('retraining-triggers-defined', 'retrained-models-gated'),
    { item: 'incident-response-plan', status: 'met', evidence: [['ML incident response plan', wiki('ml/incident-response')]] },
    ...met('on-call-cover', 'post-incident-reviews', 'ownership-and-retirement', 'capacity-tested'),
    {
      item: 'fault-injection-exercised',
      status: 'not-met',
      notes: 'No fault-injection exercise has been run on the ETA service yet.',
    },
    ...met('security-tested', 'supply-chain-secured'),
    {
      item: 'drift-monitored',
      status: 'met',
      notes:
        'Thresholds agreed with Road Freight on 28 September: alert when the population stability index of GPS ping gaps exceeds 0.2.',
      evidence: [['Drift dashboard', wiki('ml/eta/drift-dashboard')]],
    },
  ],
  signOff: {
    at: '2026-09-30T13:10:00.000Z',
    reviewerName: sampleReviewers.risk,
    reviewerRole: 'Model risk owner',
    decision: 'approve-with-conditions',
    conditions:
      '1. Write automatic promotion criteria for the canary release by 31 December 2026 (owner: Mikkel Rønning).\n2. Run a first fault-injection exercise on the ETA service before the Christmas peak and record the outcome.',
    date: '2026-09-30',
  },
};

export const customsValidationReview: SampleReviewStory = {
  key: 'customs-validation',
  useCaseId: 'sample-usecase-03',
  fallbackRiskTier: 'medium',
  modelName: 'Customs invoice extraction model',
  templateId: 'model-validation',
  reviewer: sampleReviewers.risk,
  startedAt: '2026-05-11T07:45:00.000Z',
  steps: [
    {
      item: 'acceptance-criteria-agreed',
      status: 'met',
      notes: 'Field-level accuracy of at least 97 % on HS code candidates and values, agreed with Customs and Compliance.',
    },
    { item: 'held-out-evaluation', status: 'met', evidence: [['Evaluation report, May', wiki('ml/customs/eval-2026-05')]] },
    {
      item: 'independent-validation',
      status: 'met',
      notes: 'The model risk team re-ran the evaluation on its own copy of the held-out set and found the same accuracy.',
      evidence: [['Independent validation note, May', wiki('ml/customs/independent-validation-2026-05')]],
    },
    ...met(
      'baseline-comparison',
      'robustness-tested',
      'calibration-checked',
      'training-reproducible',
      'experiments-tracked',
      'model-registered',
    ),
    { item: 'model-card-published', status: 'met', evidence: [['Model card', wiki('ml/customs/model-card')]] },
    ...met(
      'card-intended-and-out-of-scope-use',
      'card-training-and-evaluation-data',
      'card-subgroup-metrics',
      'card-ethical-considerations',
      'card-caveats-and-recommendations',
    ),
    { item: 'footprint-recorded', status: 'partially-met', notes: 'Training energy is estimated; inference is not measured.' },
    { item: 'datasheets-complete', status: 'met' },
    {
      item: 'labelling-quality-documented',
      status: 'partially-met',
      notes: 'Agreement measured on a sample of 200 invoices only.',
    },
    { item: 'release-approved', status: 'met', evidence: [['Release approval, 1 June', wiki('ml/customs/release-2026-06')]] },
    { item: 'documentation-updated-on-change', status: 'met' },
  ],
  signOff: {
    at: '2026-06-02T10:00:00.000Z',
    reviewerName: sampleReviewers.risk,
    reviewerRole: 'Model risk owner',
    decision: 'approve',
    conditions: '',
    date: '2026-06-02',
  },
  reopen: {
    at: '2026-10-06T08:00:00.000Z',
    by: sampleReviewers.risk,
    reason:
      'The model was retrained on invoices from three new suppliers in Asia; the new version needs validating before release.',
    steps: [
      {
        item: 'held-out-evaluation',
        status: 'met',
        notes: 'New held-out set of 1,200 invoices includes 300 from the new suppliers; accuracy 97.4 %.',
        evidence: [['Evaluation report, October', wiki('ml/customs/eval-2026-10')]],
      },
      {
        item: 'card-training-and-evaluation-data',
        status: 'partially-met',
        notes: 'The model card does not yet describe the new suppliers’ data.',
      },
      {
        item: 'documentation-updated-on-change',
        status: 'partially-met',
        notes: 'Datasheet updated; model card and runbook still describe the May version.',
      },
    ],
  },
};

export const reeferModelReview: SampleReviewStory = {
  key: 'reefer-model',
  useCaseId: null,
  fallbackRiskTier: 'medium',
  modelName: 'Reefer failure model v2',
  templateId: 'production-readiness',
  reviewer: sampleReviewers.platform,
  startedAt: '2026-11-16T10:00:00.000Z',
  steps: [
    ...met('continuous-integration', 'automated-deployment'),
    {
      item: 'drift-monitored',
      status: 'met',
      notes: 'Temperature and power readings are compared weekly with the training data.',
    },
    {
      item: 'resilience-and-recovery',
      status: 'not-applicable',
      justification:
        'Predictions are made in a nightly batch; a missed night is caught up the next day, so no standby service is needed.',
    },
  ],
};
