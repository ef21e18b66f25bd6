import { z } from 'zod';
import { reportFileSchema, REPORT_FILE_VERSION } from '../../schemas/report';
import { answerSchema, assessmentSchema, milestoneSchema } from '../../schemas/assessment';
import { ratingSchema, useCaseSchema, weightProfileSchema } from '../../schemas/backlog';
import { auditEntrySchema, customTemplateSchema, reviewAnswerSchema, reviewSchema } from '../../schemas/governance';
import { checklistTemplateSchema } from '../../schemas/checklistTemplate';
import { evidenceLink, isoDate, isoDateTime } from '../../schemas/common';

const REPORT_SCHEMA_PATH = `/schema/report-v${REPORT_FILE_VERSION}.json`;

/**
 * The published JSON Schema of the file format, generated from the zod schema at build, so the
 * two cannot drift apart. It describes the input side (what a file may contain: fields with
 * defaults may be left out). `siteUrl` makes `$id` absolute when the site's address is known.
 */
export function reportJsonSchema(siteUrl?: string): Record<string, unknown> {
  const generated = z.toJSONSchema(reportFileSchema, { target: 'draft-2020-12', io: 'input', metadata: names() });
  return {
    ...generated,
    $id: siteUrl ? new URL(REPORT_SCHEMA_PATH, siteUrl).href : REPORT_SCHEMA_PATH,
    title: `MLOps Maturity Portal report file, format version ${REPORT_FILE_VERSION}`,
    description:
      'A file exported by the MLOps Maturity Portal: an envelope (format, export time, portal version, the questionnaires, checklist templates, scoring and ranking methods and weight profiles the data was made with) around a payload (a whole workspace, one assessment, the backlog, or one review with its history). Generated from the portal\'s own schema. Checks that involve more than one field are not expressed here and are applied by the portal when it reads a file: an answer at "level" needs a level, "not applicable" needs a reason, a signed-off review needs its sign-off, an approval with conditions states them, checklist item ids are unique, evidence links are http or https, ids are unique within a table, and records belong to an assessment, use case or review the file holds.',
  };
}

/** Names for the definitions the schema shares, so readers see "Assessment" rather than "__schema3". */
function names() {
  const registry = z.registry<{ id: string; title: string }>();
  const named: [z.ZodType, string, string][] = [
    [assessmentSchema, 'Assessment', 'An assessment: who answered, when, against which questionnaire'],
    [answerSchema, 'Answer', 'One capability’s answer in one assessment'],
    [milestoneSchema, 'Milestone', 'A frozen copy of an assessment and its answers'],
    [useCaseSchema, 'UseCase', 'A use case in the backlog'],
    [ratingSchema, 'Rating', 'One rater’s scores of one use case'],
    [weightProfileSchema, 'WeightProfile', 'A weight profile made in the workspace'],
    [reviewSchema, 'Review', 'One revision of a governance review'],
    [reviewAnswerSchema, 'ReviewAnswer', 'One checklist item’s answer in a review revision'],
    [auditEntrySchema, 'AuditEntry', 'One entry of a review’s hash-chained history'],
    [customTemplateSchema, 'ImportedTemplate', 'A checklist template imported into the workspace'],
    [checklistTemplateSchema, 'ChecklistTemplate', 'A governance checklist template'],
    [evidenceLink, 'EvidenceLink', 'A labelled http or https link'],
    [isoDateTime, 'DateTime', 'An ISO 8601 date and time'],
    [isoDate, 'Date', 'An ISO 8601 calendar date'],
  ];
  for (const [schema, id, title] of named) registry.add(schema, { id, title });
  return registry;
}
