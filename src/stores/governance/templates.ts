import { atom } from 'nanostores';
import type { ChecklistTemplate } from '../../schemas/checklistTemplate';
import type { CustomTemplate } from '../../schemas/governance';
import { addCustomTemplate, customTemplateKey, deleteCustomTemplate, listCustomTemplates } from '../../db/templates';
import type { KnownTemplate } from '../../lib/governance/templateImport';
import { nowIso } from '../../lib/ids';
import { liveFeed } from '../save/live';
import { attempt } from '../save/saveState';

export const $customTemplates = atom<CustomTemplate[]>([]);

export type TemplateImport =
  | { kind: 'idle' }
  | { kind: 'checking'; fileName: string }
  | { kind: 'invalid'; fileName: string; errors: string[] }
  | {
      kind: 'valid';
      fileName: string;
      template: ChecklistTemplate;
      notes: string[];
      outline: { sections: number; items: number; blockers: number; conditional: number };
    }
  | { kind: 'imported'; title: string; version: string }
  | { kind: 'failed'; message: string };

export const $templateImport = atom<TemplateImport>({ kind: 'idle' });

const feed = liveFeed(
  [$customTemplates],
  () => listCustomTemplates(),
  (templates) => $customTemplates.set(templates),
  // The list page reports storage problems itself; an empty list is the honest fallback.
  () => $customTemplates.set([]),
);

/** Reads the imported templates and keeps the list live. */
export async function loadCustomTemplates(): Promise<void> {
  await feed.reload();
}

/**
 * Reads a chosen file and shows what it holds. The parser and the validator (with the YAML
 * library and zod) are fetched only now, so the page itself stays light. Nothing is stored here.
 */
export async function readTemplateFile(fileName: string, text: string, builtIn: readonly KnownTemplate[]): Promise<void> {
  $templateImport.set({ kind: 'checking', fileName });
  const { parseTemplateFile, templateOutline } = await import('../../lib/governance/templateImport');
  const imported = $customTemplates.get().map((record): KnownTemplate => ({
    id: record.template.id,
    version: record.template.version,
    title: record.template.title,
    source: 'imported',
  }));
  const result = parseTemplateFile(text, fileName, [...builtIn, ...imported]);
  $templateImport.set(
    result.ok
      ? { kind: 'valid', fileName, template: result.template, notes: result.notes, outline: templateOutline(result.template) }
      : { kind: 'invalid', fileName, errors: result.errors },
  );
}

/** Stores the template previewed; one write, so a failure leaves nothing behind. */
export async function confirmTemplateImport(): Promise<void> {
  const state = $templateImport.get();
  if (state.kind !== 'valid') return;
  const { template } = state;
  const record: CustomTemplate = { id: customTemplateKey(template.id, template.version), template, importedAt: nowIso() };
  const outcome = await attempt(() => addCustomTemplate(record));
  if (!outcome.ok) {
    const failure = outcome.error;
    const clash = failure instanceof Error && failure.name === 'ConstraintError';
    $templateImport.set({
      kind: 'failed',
      message: clash
        ? `Version ${template.version} of “${template.id}” is already imported.`
        : `The template was not imported: ${outcome.message}.`,
    });
    return;
  }
  $templateImport.set({ kind: 'imported', title: template.title, version: template.version });
  await loadCustomTemplates();
}

export function cancelTemplateImport(): void {
  $templateImport.set({ kind: 'idle' });
}

/** Removes an imported template from the choices; reviews already started keep their own copy. */
export async function removeCustomTemplate(key: string): Promise<void> {
  await attempt(() => deleteCustomTemplate(key));
  await loadCustomTemplates();
}
