import { z } from 'zod';
import { reportFileSchema, REPORT_FILE_VERSION } from '../../schemas/report';

export const REPORT_SCHEMA_PATH = `/schema/report-v${REPORT_FILE_VERSION}.json`;

/**
 * The published JSON Schema of the file format, generated from the zod schema at build, so the
 * two cannot drift apart. It describes the input side (what a file may contain: fields with
 * defaults may be left out). `siteUrl` makes `$id` absolute when the site's address is known.
 */
export function reportJsonSchema(siteUrl?: string): Record<string, unknown> {
  const generated = z.toJSONSchema(reportFileSchema, { target: 'draft-2020-12', io: 'input', reused: 'ref' });
  return {
    ...generated,
    $id: siteUrl ? new URL(REPORT_SCHEMA_PATH, siteUrl).href : REPORT_SCHEMA_PATH,
    title: `MLOps Maturity Portal report file, format version ${REPORT_FILE_VERSION}`,
    description:
      'A file exported by the MLOps Maturity Portal: an envelope (format, export time, portal version, the questionnaires, checklist templates, scoring and ranking methods and weight profiles the data was made with) around a payload (a whole workspace, one assessment, the backlog, or one review with its history). Generated from the portal\'s own schema. Checks that involve more than one field are not expressed here and are applied by the portal when it reads a file: an answer at "level" needs a level, "not applicable" needs a reason, a signed-off review needs its sign-off, an approval with conditions states them, checklist item ids are unique, evidence links are http or https, ids are unique within a table, and records belong to an assessment, use case or review the file holds.',
  };
}
