import type { ItemKind } from '../../lib/exchange/mergeItems';
import type { Resolution } from '../../lib/exchange/merge';
import type { Scope } from '../../schemas/report';

export const kindLabels: Record<ItemKind, string> = {
  assessment: 'Assessment',
  milestone: 'Milestone',
  useCase: 'Use case',
  rating: 'Use-case rating',
  weightProfile: 'Weight profile',
  template: 'Checklist template',
  review: 'Governance review',
};

export const resolutionLabels: Record<Resolution, string> = {
  'keep-mine': 'Keep mine',
  'take-theirs': 'Take theirs',
  'keep-both': 'Keep both',
};

export const resolutionHints: Record<Resolution, string> = {
  'keep-mine': 'what is stored here stays as it is',
  'take-theirs': 'the copy in the file replaces what is stored',
  'keep-both': 'the copy in the file is added under a new id',
};

export const scopeLabels: Record<Scope, string> = {
  workspace: 'a whole workspace',
  assessment: 'one assessment',
  backlog: 'the use-case backlog',
  review: 'one governance review',
};
