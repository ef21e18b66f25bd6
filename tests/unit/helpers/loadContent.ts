import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildQuestionnaire } from '../../../src/lib/questionnaire';
import { dimensionIds } from '../../../src/schemas/enums';
import {
  capabilitySchema,
  questionnaireMetaSchema,
  type Capability,
  type Questionnaire,
  type QuestionnaireMeta,
} from '../../../src/schemas/questionnaire';

/** The real assessment content, read the way the build reads it: YAML through the content schemas. */
const contentRoot = join(process.cwd(), 'content', 'assessment');

function readYaml(path: string): unknown {
  return parseYaml(readFileSync(path, 'utf8'));
}

export function loadCapabilities(): Capability[] {
  return dimensionIds.flatMap((dimension) => {
    const folder = join(contentRoot, dimension);
    return readdirSync(folder)
      .filter((name) => name.endsWith('.yaml'))
      .sort()
      .map((name) => {
        const parsed = capabilitySchema.safeParse(readYaml(join(folder, name)));
        if (!parsed.success) throw new Error(`${dimension}/${name}: ${parsed.error.message}`);
        return parsed.data;
      });
  });
}

export function loadQuestionnaireMeta(): QuestionnaireMeta {
  return questionnaireMetaSchema.parse(readYaml(join(contentRoot, 'questionnaire.yaml')));
}

export function loadQuestionnaire(): Promise<Questionnaire> {
  return buildQuestionnaire(loadQuestionnaireMeta(), loadCapabilities());
}
