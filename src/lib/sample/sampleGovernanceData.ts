/**
 * The governance story of the sample organisation, Nordlys Freight AS: six reviews in the
 * states a portfolio really shows. Each step becomes one answer change with its history entry.
 * The stories are in sampleReleaseReviews.ts, sampleEthicsReviews.ts and sampleGenerativeReviews.ts, listed in sampleGovernanceStories.ts.
 */
import type { ItemStatus, RiskTier } from '../../schemas/enums';
import type { SignOff } from '../../schemas/governance';

export interface SampleStep {
  item: string;
  status?: ItemStatus;
  justification?: string;
  notes?: string;
  evidence?: readonly (readonly [label: string, url: string])[];
}

export interface SampleReviewStory {
  key: string;
  /** The sample backlog's use case; a use case of the same risk tier stands in if it is missing. */
  useCaseId: string | null;
  fallbackRiskTier: RiskTier;
  /** Reviewed as a named model when there is no use case (or none fits). */
  modelName: string;
  templateId: string;
  reviewer: string;
  startedAt: string;
  steps: readonly SampleStep[];
  signOff?: SignOff & { at: string };
  reopen?: { at: string; by: string; reason: string; steps: readonly SampleStep[] };
}

/** Evidence links point into the sample organisation's (fictional) wiki. */
export const wiki = (path: string) => `https://wiki.nordlys-freight.example/${path}`;
export const met = (...items: string[]): SampleStep[] => items.map((item) => ({ item, status: 'met' }));

export const sampleReviewers = {
  platform: 'Mikkel Rønning',
  risk: 'Emma Lindqvist',
  ethics: 'Astrid Hagen',
  privacy: 'Nils Bakke',
} as const;
