import { parseDocument } from 'yaml';
import { checklistTemplateSchema, type ChecklistTemplate } from '../../schemas/checklistTemplate';
import { describeIssues } from '../issues';

/**
 * Reading a checklist template an organisation wrote itself, in YAML or JSON, with the schema of
 * the built-in templates. Every problem is reported with the place it was found, and nothing is
 * stored unless the whole file is valid.
 *
 * Ids and versions: a template is identified by its id and version together. A file may reuse
 * the id of a built-in template only with a different version, so an organisation can keep its
 * own edition of it side by side with the original; the same id and version twice is refused,
 * because a review copies the template and two different texts under one name would make the
 * record ambiguous.
 */
export interface KnownTemplate {
  id: string;
  version: string;
  title: string;
  source: 'built-in' | 'imported';
}

type TemplateParse = { ok: true; template: ChecklistTemplate; notes: string[] } | { ok: false; errors: string[] };

const MAX_TEMPLATE_BYTES = 1_000_000;
const ISSUE_LIMIT = 12;

export function parseTemplateFile(text: string, fileName: string, known: readonly KnownTemplate[]): TemplateParse {
  if (text.trim() === '') return fail('The file is empty.');
  if (text.length > MAX_TEMPLATE_BYTES)
    return fail('The file is larger than 1 MB, which is far more than a checklist needs. Check that it is the right file.');

  const read = /\.json$/i.test(fileName) ? readJson(text) : readYaml(text);
  if (!read.ok) return read;
  const value = read.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('The file must hold a single template: a mapping with id, version, title, summary and items.');
  }

  const parsed = checklistTemplateSchema.safeParse(value);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error.issues, ISSUE_LIMIT) };
  const template = parsed.data;

  const sameId = known.filter((other) => other.id === template.id);
  const clash = sameId.find((other) => other.version === template.version);
  if (clash?.source === 'built-in') {
    return fail(
      `id: the built-in template “${clash.title}” already has the id “${template.id}” and version ${template.version}. Give your template its own id, or a different version if it is your organisation’s edition of that template.`,
    );
  }
  if (clash) {
    return fail(
      `version: version ${template.version} of “${template.id}” is already imported. Raise the version number to import a changed edition.`,
    );
  }
  const notes = sameId.map(
    (other) =>
      `Another ${other.source} template uses the id “${template.id}” (version ${other.version}); both will be offered, each with its version.`,
  );
  return { ok: true, template, notes };
}

type Read = { ok: true; value: unknown } | { ok: false; errors: string[] };

function readJson(text: string): Read {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, errors: [`The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

function readYaml(text: string): Read {
  // YAML is a superset of JSON, so a JSON file with another extension is read correctly too.
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.slice(0, ISSUE_LIMIT).map((error) => {
        const where = error.linePos?.[0];
        const message =
          error.code === 'MULTIPLE_DOCS'
            ? 'the file holds more than one YAML document; put one template in each file'
            : (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
        return where ? `Line ${where.line}, column ${where.col}: ${message}` : message;
      }),
    };
  }
  return { ok: true, value: document.toJS({ maxAliasCount: 100 }) as unknown };
}

function fail(message: string): TemplateParse {
  return { ok: false, errors: [message] };
}

/** A short description for the preview before importing. */
export function templateOutline(template: ChecklistTemplate): {
  sections: number;
  items: number;
  blockers: number;
  conditional: number;
} {
  return {
    sections: new Set(template.items.map((item) => item.section)).size,
    items: template.items.length,
    blockers: template.items.filter((item) => item.severity === 'blocker').length,
    conditional: template.items.filter((item) => item.conditions !== undefined).length,
  };
}
