/**
 * Plain value lists shared by the schemas and the browser code. They live apart from the zod
 * schemas so that pages which only need the lists do not ship the validator.
 */
export const dimensionIds = ['people', 'process', 'platform'] as const;
export type DimensionId = (typeof dimensionIds)[number];

export const answerStates = ['level', 'dont-know', 'not-applicable'] as const;
export const confidences = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof confidences)[number];
