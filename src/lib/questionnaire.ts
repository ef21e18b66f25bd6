import type { Capability, QuestionnaireMeta, Questionnaire } from '../schemas/questionnaire';
import { dimensionIds } from '../schemas/enums';
import { canonicalJson, sha256Hex } from './canonical';

/** Problems that a schema on a single file cannot see: duplicate ids and gaps in reading order. */
export function questionnaireProblems(capabilities: readonly Capability[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  capabilities.forEach((capability) => {
    if (seen.has(capability.id)) problems.push(`capability id "${capability.id}" is used twice`);
    seen.add(capability.id);
  });
  dimensionIds.forEach((dimension) => {
    const orders = capabilities
      .filter((c) => c.dimension === dimension)
      .map((c) => c.order)
      .sort((a, b) => a - b);
    orders.forEach((order, index) => {
      if (order !== index + 1) problems.push(`${dimension}: expected order ${index + 1}, found ${order}`);
    });
  });
  return problems;
}

export function sortCapabilities(capabilities: readonly Capability[]): Capability[] {
  return [...capabilities].sort(
    (a, b) => dimensionIds.indexOf(a.dimension) - dimensionIds.indexOf(b.dimension) || a.order - b.order,
  );
}

/** Builds the questionnaire the browser uses, with the hash of its canonical form. */
export async function buildQuestionnaire(meta: QuestionnaireMeta, capabilities: readonly Capability[]): Promise<Questionnaire> {
  const problems = questionnaireProblems(capabilities);
  if (problems.length > 0) throw new Error(`The questionnaire content is inconsistent:\n- ${problems.join('\n- ')}`);
  const ordered = sortCapabilities(capabilities);
  const hash = await sha256Hex(canonicalJson({ ...meta, capabilities: ordered }));
  return { ...meta, hash, capabilities: ordered };
}
