import { getCollection } from 'astro:content';
import type { BuiltItemText, ChecklistTemplate } from '../schemas/checklistTemplate';
import { renderMarkdown } from '../lib/markdown';
import { referencesLine } from '../lib/frameworkRefs';

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

/**
 * Each built-in item's guidance and references, made once at build and keyed
 * "templateId@version/itemId" (a version pins its wording), so a review page carries neither the
 * Markdown renderer nor the frameworks' label lists for them.
 */
export async function checklistItemText(): Promise<Record<string, BuiltItemText>> {
  const templates = await loadChecklists();
  return Object.fromEntries(
    templates.flatMap((template) =>
      template.items.map((item) => [
        `${template.id}@${template.version}/${item.id}`,
        { guidanceHtml: renderMarkdown(item.guidance), references: referencesLine(item) },
      ]),
    ),
  );
}
