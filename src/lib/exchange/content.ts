import type { ContentRef } from '../../schemas/report';
import type { WorkspaceData } from '../../schemas/workspace';
import { canonicalJson, sha256Hex } from '../canonical';

const byKey = (a: ContentRef, b: ContentRef) => {
  const left = `${a.id}@${a.version}#${a.hash}`;
  const right = `${b.id}@${b.version}#${b.hash}`;
  return left < right ? -1 : left > right ? 1 : 0;
};

function unique(refs: ContentRef[]): ContentRef[] {
  const seen = new Map(refs.map((ref) => [`${ref.id}@${ref.version}#${ref.hash}`, ref]));
  return [...seen.values()].sort(byKey);
}

/**
 * The questionnaires and checklist templates the data was made with. Assessments carry their
 * questionnaire's hash already; a review carries a copy of its template, whose fingerprint is the
 * SHA-256 of its canonical JSON, so the same template always gives the same hash.
 */
export async function contentUsed(
  data: Partial<WorkspaceData>,
): Promise<{ questionnaires: ContentRef[]; checklists: ContentRef[] }> {
  const questionnaires = [
    ...(data.assessments ?? []).map((assessment) => assessment.questionnaire),
    ...(data.milestones ?? []).map((milestone) => milestone.assessment.questionnaire),
  ].map(({ id, version, hash }) => ({ id, version, hash }));
  const templates = [
    ...(data.reviews ?? []).map((review) => review.template),
    ...(data.templates ?? []).map((custom) => custom.template),
  ];
  // Every revision of a review carries the same template: each distinct text is hashed once.
  const texts = templates.map((template) => canonicalJson(template));
  const hashes = new Map(await Promise.all([...new Set(texts)].map(async (text) => [text, await sha256Hex(text)] as const)));
  const checklists = templates.map((template, index) => ({
    id: template.id,
    version: template.version,
    hash: hashes.get(texts[index] as string) as string,
  }));
  return { questionnaires: unique(questionnaires), checklists: unique(checklists) };
}
