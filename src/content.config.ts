import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { capabilitySchema, questionnaireMetaSchema } from './schemas/questionnaire';
import { criterionSchema, weightPresetSchema } from './schemas/backlogContent';
import { checklistTemplateSchema } from './schemas/checklistTemplate';
import { riskScreeningSchema } from './schemas/riskScreening';
import { quickCheckSchema } from './schemas/quickCheck';

// Content is data with a schema: a wrong or missing field fails the build, naming file and field.
// Entry ids come from the `id` field inside each file, so renaming a file never orphans answers.
const idFromData = ({ data, entry }: { data: Record<string, unknown>; entry: string }) =>
  typeof data['id'] === 'string' ? data['id'] : entry;

const capabilities = defineCollection({
  loader: glob({ pattern: '{people,process,platform}/*.yaml', base: './content/assessment', generateId: idFromData }),
  schema: capabilitySchema,
});

const questionnaire = defineCollection({
  loader: file('./content/assessment/questionnaire.yaml', {
    parser: (text) => [parseYamlObject(text, 'content/assessment/questionnaire.yaml')],
  }),
  schema: questionnaireMetaSchema,
});

const quickCheck = defineCollection({
  loader: file('./content/assessment/quick-check.yaml', {
    parser: (text) => [parseYamlObject(text, 'content/assessment/quick-check.yaml')],
  }),
  schema: quickCheckSchema,
});

const riskScreening = defineCollection({
  loader: file('./content/governance/risk-screening.yaml', {
    parser: (text) => [parseYamlObject(text, 'content/governance/risk-screening.yaml')],
  }),
  schema: riskScreeningSchema,
});

const criteria = defineCollection({
  loader: glob({ pattern: 'criteria/*.yaml', base: './content/backlog', generateId: idFromData }),
  schema: criterionSchema,
});

const weightPresets = defineCollection({
  loader: glob({ pattern: 'profiles/*.yaml', base: './content/backlog', generateId: idFromData }),
  schema: weightPresetSchema,
});

const checklists = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/checklists', generateId: idFromData }),
  schema: checklistTemplateSchema,
});

function parseYamlObject(text: string, path: string): Record<string, unknown> {
  const value: unknown = parseYaml(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${path} must hold a single mapping`);
  }
  return value as Record<string, unknown>;
}

export const collections = { capabilities, questionnaire, criteria, weightPresets, checklists, riskScreening, quickCheck };
