import type { MethodRef } from '../../schemas/report';

/**
 * The computations a file's figures depend on, each with its own version. Raise a version when
 * src/lib/scoring.ts or src/lib/backlog/score.ts changes what a number means (not for a refactor),
 * so a reader of an old file can tell that its scores were computed differently.
 */
export const SCORING_METHOD: MethodRef = { id: 'weighted-mean-of-levels', version: '1' };
export const RANKING_METHOD: MethodRef = { id: 'weighted-median-score', version: '1' };

export const PORTAL_NAME = 'MLOps Maturity Portal';
/** The weight profile a workspace ranks with until someone chooses another. */
export const DEFAULT_WEIGHT_PROFILE_ID = 'equal';
