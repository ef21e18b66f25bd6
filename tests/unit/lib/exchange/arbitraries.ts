import fc from 'fast-check';
import { answerSchema, assessmentSchema, milestoneSchema } from '../../../../src/schemas/assessment';
import { ratingSchema, useCaseSchema, weightProfileSchema } from '../../../../src/schemas/backlog';
import {
  answerStates,
  confidences,
  criterionIds,
  dataClassifications,
  decisions,
  itemStatuses,
  riskTiers,
  useCaseFamilies,
  useCaseStatuses,
} from '../../../../src/schemas/enums';
import type { AuditEntry, Review, ReviewAnswer } from '../../../../src/schemas/governance';
import type { Answer, Assessment, Milestone } from '../../../../src/schemas/assessment';
import type { Rating, UseCase, WeightProfile } from '../../../../src/schemas/backlog';
import type { WorkspaceData } from '../../../../src/schemas/workspace';
import type { WorkspaceSettings } from '../../../../src/schemas/report';
import { all, day, hash, id, level, maxOf, nasty, slug, text, time, url } from './arbitraryValues';
import { fixtureData } from './mergeFixture';

/**
 * Workspaces as the portal stores them, generated: any Unicode (astral planes and lone
 * surrogates included), empty strings, strings at the longest length the schema allows, and keys
 * and ids such as "__proto__" and "constructor". Limits are read from the schemas, so they follow
 * any change of a limit. Text is trimmed where the schema trims, because stored text is trimmed.
 */
const fixture = fixtureData();
const TEMPLATE = (fixture.reviews[0] as Review).template;

const a = assessmentSchema.shape;
const assessment = (assessmentId: string): fc.Arbitrary<Assessment> =>
  fc.record({
    id: fc.constant(assessmentId),
    name: text(maxOf(a.name, 120), { min1: true }),
    organisation: text(maxOf(a.organisation, 120)),
    team: text(maxOf(a.team, 120)),
    respondentName: text(maxOf(a.respondentName, 120)),
    respondentRole: text(maxOf(a.respondentRole, 120)),
    date: day,
    questionnaire: fc.record({ id: slug, version: fc.constantFrom('1.0.0', '2.1.0', ''), hash }),
    createdAt: time,
    updatedAt: time,
  });

const evidence = fc.uniqueArray(fc.record({ id, label: text(200, { min1: true }), url }), {
  selector: (link) => link.id,
  maxLength: 2,
});
const answerShape = answerSchema.shape;
const answer = (assessmentId: string, capabilityId: string): fc.Arbitrary<Answer> =>
  fc
    .record({
      state: fc.constantFrom(...answerStates, null),
      level,
      naReason: text(maxOf(answerShape.naReason, 2000), { min1: true }),
      confidence: fc.constantFrom(...confidences, null),
      target: fc.option(level, { nil: null }),
      notes: text(maxOf(answerShape.notes, 20000), { trim: false }),
      evidence,
      updatedAt: time,
    })
    .map((parts) => ({
      assessmentId,
      capabilityId,
      ...parts,
      level: parts.state === 'level' ? parts.level : null,
      naReason: parts.state === 'not-applicable' ? parts.naReason : '',
    }));

const answersFor = (assessmentId: string): fc.Arbitrary<Answer[]> =>
  fc.uniqueArray(slug, { maxLength: 4 }).chain((ids) => all(ids.map((capability) => answer(assessmentId, capability))));

const m = milestoneSchema.shape;
const milestone = (owner: Assessment): fc.Arbitrary<Milestone> =>
  fc.record({
    id,
    assessmentId: fc.constant(owner.id),
    name: text(maxOf(m.name, 120), { min1: true }),
    date: day,
    createdAt: time,
    assessment: assessment(owner.id),
    answers: answersFor(owner.id),
  });

const u = useCaseSchema.shape;
const tag = text(40, { min1: true }).map((value) => value.replaceAll(',', ';').trim() || 'tag');
const useCase = (useCaseId: string): fc.Arbitrary<UseCase> =>
  fc.record({
    id: fc.constant(useCaseId),
    title: text(maxOf(u.title, 160), { min1: true }),
    description: text(maxOf(u.description, 20000), { trim: false }),
    sponsor: text(maxOf(u.sponsor, 120)),
    businessUnit: text(maxOf(u.businessUnit, 120)),
    family: fc.constantFrom(...useCaseFamilies),
    status: fc.constantFrom(...useCaseStatuses),
    dataClassification: fc.constantFrom(...dataClassifications),
    riskTier: fc.constantFrom(...riskTiers),
    tags: fc.array(tag, { maxLength: 3 }),
    archived: fc.boolean(),
    createdAt: time,
    updatedAt: time,
  });

const r = ratingSchema.shape;
const rating = (useCaseId: string): fc.Arbitrary<Rating> =>
  fc.record({
    id,
    useCaseId: fc.constant(useCaseId),
    raterName: text(maxOf(r.raterName, 120), { min1: true }),
    raterRole: text(maxOf(r.raterRole, 120)),
    scores: fc.record(Object.fromEntries(criterionIds.map((criterion) => [criterion, fc.integer({ min: 1, max: 5 })])), {
      requiredKeys: [],
    }),
    comment: text(maxOf(r.comment, 5000), { trim: false }),
    updatedAt: time,
  }) as fc.Arbitrary<Rating>;

const weight = fc.oneof(
  fc.integer({ min: 0, max: 10 }),
  fc.double({ min: 0, max: 10, noNaN: true, noDefaultInfinity: true }).map((value) => (Object.is(value, -0) ? 0 : value)),
);
const profile: fc.Arbitrary<WeightProfile> = fc.record({
  id,
  name: text(maxOf(weightProfileSchema.shape.name, 80), { min1: true }),
  weights: fc.record(Object.fromEntries(criterionIds.map((criterion) => [criterion, weight]))) as fc.Arbitrary<
    WeightProfile['weights']
  >,
  createdAt: time,
  updatedAt: time,
});

/** JSON with hostile keys, as the audit log's before/after may hold anything. */
const jsonish: fc.Arbitrary<unknown> = fc
  .oneof(fc.jsonValue({ maxDepth: 3 }), fc.dictionary(fc.constantFrom(...nasty), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }))
  .map((value) => JSON.parse(JSON.stringify(value ?? null)) as unknown);

const lineage = (lineageId: string, useCaseIds: readonly string[]) =>
  fc
    .record({
      revisions: fc
        .integer({ min: 1, max: 2 })
        .map((count) => Array.from({ length: count }, (_, index) => `${lineageId.slice(0, 56)}-r${index + 1}`)),
      signedOff: fc.boolean(),
      decision: fc.constantFrom(...decisions),
      conditions: text(5000, { trim: false, min1: true }),
      subjectName: text(160, { min1: true }),
      useCaseIndex: fc.nat(),
      createdAt: time,
      answers: fc.uniqueArray(fc.constantFrom(...TEMPLATE.items.map((item) => item.id)), { maxLength: 3 }),
      status: fc.constantFrom(...itemStatuses, null),
      justification: text(5000, { trim: false, min1: true }),
      notes: text(20000, { trim: false }),
      answeredBy: text(120),
      entries: fc.array(
        fc.record({
          id,
          actor: text(120, { trim: false }),
          action: text(60, { trim: false, min1: true }),
          before: jsonish,
          after: jsonish,
          prevHash: fc.oneof(fc.constant(''), hash),
        }),
        { maxLength: 3 },
      ),
    })
    .map((parts): Pick<WorkspaceData, 'reviews' | 'reviewAnswers' | 'auditLog'> => {
      const subject: Review['subject'] =
        useCaseIds.length > 0 && parts.useCaseIndex % 2 === 0
          ? { kind: 'use-case', useCaseId: useCaseIds[parts.useCaseIndex % useCaseIds.length] as string }
          : { kind: 'model', name: parts.subjectName };
      const reviews: Review[] = parts.revisions.map((reviewId, index) => {
        const last = index === parts.revisions.length - 1;
        const status = last ? (parts.signedOff ? 'signed-off' : 'in-review') : 'superseded';
        return {
          id: reviewId,
          lineageId,
          revision: index + 1,
          subject,
          useCaseSnapshot: null,
          template: TEMPLATE,
          status,
          signOff:
            status === 'in-review'
              ? null
              : {
                  reviewerName: 'Rev',
                  reviewerRole: 'Ethics',
                  decision: parts.decision,
                  conditions: parts.conditions,
                  date: parts.createdAt.slice(0, 10),
                },
          createdAt: parts.createdAt,
          updatedAt: parts.createdAt,
        };
      });
      const reviewId = parts.revisions[parts.revisions.length - 1] as string;
      const reviewAnswers: ReviewAnswer[] = parts.answers.map((itemId) => ({
        reviewId,
        itemId,
        status: parts.status,
        justification: parts.status === 'not-applicable' ? parts.justification : '',
        notes: parts.notes,
        evidence: [],
        answeredBy: parts.answeredBy,
        answeredAt: parts.createdAt,
      }));
      const auditLog: AuditEntry[] = parts.entries.map((entry, index) => ({
        ...entry,
        lineageId,
        reviewId,
        seq: index + 1,
        at: parts.createdAt,
        itemId: null,
      }));
      return { reviews, reviewAnswers, auditLog };
    });

export const workspaceArbitrary: fc.Arbitrary<{ data: WorkspaceData; settings: WorkspaceSettings }> = fc
  .record({
    assessmentIds: fc.uniqueArray(id, { maxLength: 2 }),
    useCaseIds: fc.uniqueArray(id, { maxLength: 3 }),
    lineageIds: fc.uniqueArray(id, { maxLength: 2 }),
    profiles: fc.uniqueArray(profile, { selector: (row) => row.id, maxLength: 2 }),
    templateIds: fc.uniqueArray(text(80, { min1: true, trim: false }), { maxLength: 1 }),
    chosen: fc.option(fc.constantFrom('equal', 'strategic-value', '__proto__'), { nil: undefined }),
    importedAt: time,
  })
  .chain((shape) =>
    fc
      .record({
        assessments: all(shape.assessmentIds.map(assessment)),
        answers: all(shape.assessmentIds.map(answersFor)).map((lists) => lists.flat()),
        useCases: all(shape.useCaseIds.map(useCase)),
        ratings: all(shape.useCaseIds.map((useCaseId) => fc.array(rating(useCaseId), { maxLength: 2 }))).map((lists) =>
          lists.flat(),
        ),
        governance: all(shape.lineageIds.map((lineageId) => lineage(lineageId, shape.useCaseIds))),
      })
      .chain((parts) =>
        (parts.assessments.length === 0
          ? fc.constant([] as Milestone[])
          : fc.array(milestone(parts.assessments[0] as Assessment), { maxLength: 1 })
        ).map((milestones) => {
          const governance = parts.governance;
          const data: WorkspaceData = {
            assessments: parts.assessments,
            answers: parts.answers,
            milestones,
            useCases: parts.useCases,
            ratings: dedupe(parts.ratings),
            weightProfiles: shape.profiles,
            reviews: governance.flatMap((part) => part.reviews),
            reviewAnswers: governance.flatMap((part) => part.reviewAnswers),
            auditLog: dedupe(governance.flatMap((part) => part.auditLog)),
            templates: shape.templateIds.map((templateId) => ({
              id: templateId,
              template: TEMPLATE,
              importedAt: shape.importedAt,
            })),
          };
          return {
            data: { ...data, milestones: dedupe(data.milestones) },
            settings: shape.chosen === undefined ? {} : { weightProfileId: shape.chosen },
          };
        }),
      ),
  );

function dedupe<T extends { id: string }>(rows: T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.id) && Boolean(seen.add(row.id)));
}
