/**
 * The longest text each stored field may hold, in characters, and the longest lists. The zod
 * schemas take their `.max()` from here and the forms read the same numbers, so a form can never
 * accept what the workspace schema (and so an export, or an import of it) would refuse. Plain
 * numbers, apart from the schemas, so pages can use them without shipping the validator.
 */
const SHORT = 120;
const NOTES = 20000;
const REASON = 5000;

export const limits = {
  assessment: { name: SHORT, organisation: SHORT, team: SHORT, round: SHORT, respondentName: SHORT, respondentRole: SHORT },
  answer: { naReason: 2000, notes: NOTES, evidence: 50 },
  milestone: { name: SHORT },
  evidence: { label: 200 },
  useCase: { title: 160, description: NOTES, sponsor: SHORT, businessUnit: SHORT, tag: 40, tags: 20 },
  rating: { raterName: SHORT, raterRole: SHORT, comment: REASON },
  /** How much one capability may weigh in its dimension's score. */
  capabilityWeight: { min: 0.5, max: 3 },
  weightProfile: { name: 80 },
  /** A criterion's weight in a profile, from 0 (ignored) up to this. */
  criterionWeight: { max: 10 },
  review: { modelName: 160 },
  signOff: { reviewerName: SHORT, reviewerRole: SHORT, conditions: REASON },
  reviewAnswer: { justification: REASON, notes: NOTES, evidence: 50, answeredBy: SHORT },
  audit: { actor: SHORT },
} as const;
