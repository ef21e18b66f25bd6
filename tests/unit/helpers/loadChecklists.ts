import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { checklistTemplateSchema, type ChecklistTemplate } from '../../../src/schemas/checklistTemplate';

const folder = join(process.cwd(), 'content', 'checklists');

/** The built-in checklist templates, read the way the build reads them. */
export function loadChecklists(): ChecklistTemplate[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const parsed = checklistTemplateSchema.safeParse(parseYaml(readFileSync(join(folder, name), 'utf8')));
      if (!parsed.success) throw new Error(`${name}: ${parsed.error.message}`);
      return parsed.data;
    });
}
