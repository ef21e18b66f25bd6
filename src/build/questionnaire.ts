import { getCollection } from 'astro:content';
import type { Questionnaire } from '../schemas/questionnaire';
import { buildQuestionnaire } from '../lib/questionnaire';

let cached: Promise<Questionnaire> | null = null;

/** The questionnaire from content/assessment, checked and hashed once per build. */
export function loadQuestionnaire(): Promise<Questionnaire> {
  cached ??= (async () => {
    const [meta] = await getCollection('questionnaire');
    if (!meta) throw new Error('content/assessment/questionnaire.yaml is missing');
    const capabilities = (await getCollection('capabilities')).map((entry) => entry.data);
    return buildQuestionnaire(meta.data, capabilities);
  })();
  return cached;
}
