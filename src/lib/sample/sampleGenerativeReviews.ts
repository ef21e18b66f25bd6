/** The generative-AI review of the sample organisation's manuals search, still in progress. */
import { sampleReviewers, wiki, type SampleReviewStory } from './sampleGovernanceData';

export const manualsSearchReview: SampleReviewStory = {
  key: 'manuals-genai',
  useCaseId: 'sample-usecase-11',
  fallbackRiskTier: 'low',
  modelName: 'Procedures and manuals search',
  templateId: 'generative-ai',
  reviewer: sampleReviewers.platform,
  startedAt: '2026-11-12T09:00:00.000Z',
  steps: [
    {
      item: 'prompts-and-models-versioned',
      status: 'met',
      notes: 'Prompts live in the repository; the model is called by its dated version.',
      evidence: [['Prompt repository', wiki('ai/manuals-search/prompts')]],
    },
    {
      item: 'evaluation-set-maintained',
      status: 'partially-met',
      notes: 'About 60 questions written by two shift leads; no questions yet that must be refused.',
    },
    {
      item: 'groundedness-tested',
      status: 'met',
      notes: 'Every answer cites the passage it comes from; 3 of 60 answers added a step the manual does not contain.',
    },
    {
      item: 'prompt-injection-tested',
      status: 'not-met',
      notes: 'No test yet with instructions hidden in uploaded documents.',
    },
    {
      item: 'retrieval-respects-permissions',
      status: 'met',
      notes: 'The index only holds manuals every employee may read; checked with two test users.',
    },
    {
      item: 'personal-data-not-leaked',
      status: 'not-applicable',
      justification: 'The index holds procedures and manuals only; no personal data is indexed, logged or sent to the provider.',
    },
  ],
};
