// Every content file shipped with the portal must pass the same schemas the build uses.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { describeIssues } from '../../../src/lib/issues';
import { questionnaireProblems } from '../../../src/lib/questionnaire';
import { criterionSchema, weightPresetSchema } from '../../../src/schemas/backlogContent';
import { checklistTemplateSchema } from '../../../src/schemas/checklistTemplate';
import { capabilitySchema, questionnaireMetaSchema, type Capability } from '../../../src/schemas/questionnaire';

const root = join(import.meta.dirname, '../../..');
const contentDir = join(root, 'content');

function yamlFiles(folder: string): string[] {
  return readdirSync(join(contentDir, folder))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(contentDir, folder, name));
}

function parseFile<T extends z.ZodType>(schema: T, file: string): z.output<T> {
  const result = schema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    throw new Error(`${relative(root, file)}:\n${describeIssues(result.error.issues, 20).join('\n')}`);
  }
  return result.data;
}

const groups = [
  {
    name: 'capabilities',
    files: ['people', 'process', 'platform'].flatMap((d) => yamlFiles(`assessment/${d}`)),
    schema: capabilitySchema,
  },
  { name: 'backlog criteria', files: yamlFiles('backlog/criteria'), schema: criterionSchema },
  { name: 'weight presets', files: yamlFiles('backlog/profiles'), schema: weightPresetSchema },
  { name: 'checklist templates', files: yamlFiles('checklists'), schema: checklistTemplateSchema },
] as const;

describe('content files', () => {
  for (const group of groups) {
    it(`has ${group.name} that all pass their schema`, () => {
      expect(group.files.length).toBeGreaterThan(0);
      for (const file of group.files) expect(() => parseFile(group.schema, file)).not.toThrow();
    });
  }

  it('has questionnaire metadata that passes its schema', () => {
    const meta = parseFile(questionnaireMetaSchema, join(contentDir, 'assessment/questionnaire.yaml'));
    expect(meta.dimensions.map((dimension) => dimension.id)).toEqual(['people', 'process', 'platform']);
  });

  describe('capabilities', () => {
    const capabilities: Capability[] = groups[0].files.map((file) => parseFile(capabilitySchema, file));
    const count = (dimension: Capability['dimension']) => capabilities.filter((c) => c.dimension === dimension).length;

    it('have unique ids and gapless order in each dimension', () => {
      expect(questionnaireProblems(capabilities)).toEqual([]);
    });

    it('sit in the folder of their own dimension', () => {
      groups[0].files.forEach((file, index) => {
        expect(relative(join(contentDir, 'assessment'), file).split(/[\\/]/)[0]).toBe(capabilities[index]?.dimension);
      });
    });

    it('cover each dimension with enough capabilities', () => {
      expect(count('people')).toBeGreaterThanOrEqual(6);
      expect(count('process')).toBeGreaterThanOrEqual(8);
      expect(count('platform')).toBeGreaterThanOrEqual(8);
    });
  });

  it('has one backlog criterion per criterion id and unique preset and checklist ids', () => {
    const criteria = groups[1].files.map((file) => parseFile(criterionSchema, file).id).sort();
    expect(criteria).toEqual(['business-value', 'cost', 'data-availability', 'feasibility', 'time-to-market']);
    const presets = groups[2].files.map((file) => parseFile(weightPresetSchema, file).id);
    expect(new Set(presets).size).toBe(presets.length);
    const checklists = groups[3].files.map((file) => parseFile(checklistTemplateSchema, file).id);
    expect(new Set(checklists).size).toBe(checklists.length);
  });
});
