import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { criterionSchema, weightPresetSchema, type Criterion, type WeightPreset } from '../../../src/schemas/backlogContent';

/** The real backlog content, read the way the build reads it: YAML through the content schemas. */
const root = join(process.cwd(), 'content', 'backlog');

function readFolder<T>(folder: string, parse: (value: unknown) => T): T[] {
  return readdirSync(join(root, folder))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => parse(parseYaml(readFileSync(join(root, folder, name), 'utf8'))));
}

export function loadCriteria(): Criterion[] {
  return readFolder('criteria', (value) => criterionSchema.parse(value)).sort((a, b) => a.order - b.order);
}

export function loadPresets(): WeightPreset[] {
  return readFolder('profiles', (value) => weightPresetSchema.parse(value)).sort((a, b) => a.order - b.order);
}
