import { getCollection } from 'astro:content';
import type { ChecklistTemplate } from '../schemas/checklistTemplate';
import { renderMarkdown } from '../lib/markdown';

/** The order the built-in checklists are offered in: the usual order of a release review. */
const order = [
  'responsible-ai',
  'data-governance',
  'model-validation',
  'production-readiness',
  'generative-ai',
  'eu-ai-act-high-risk',
];

let cached: Promise<ChecklistTemplate[]> | null = null;

/** The built-in checklist templates from content/checklists, validated by the collection schema. */
export function loadChecklists(): Promise<ChecklistTemplate[]> {
  cached ??= (async () => {
    const templates = (await getCollection('checklists')).map((entry) => entry.data);
    const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
    return templates.sort((a, b) => rank(a.id) - rank(b.id) || a.title.localeCompare(b.title));
  })();
  return cached;
}

/** Guidance rendered once at build, keyed "templateId@version/itemId"; a version pins its wording. */
export async function checklistGuidanceHtml(): Promise<Record<string, string>> {
  const templates = await loadChecklists();
  return Object.fromEntries(
    templates.flatMap((template) =>
      template.items.map((item) => [`${template.id}@${template.version}/${item.id}`, renderMarkdown(item.guidance)]),
    ),
  );
}
