import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTemplateFile, templateOutline, type KnownTemplate } from '../../../../src/lib/governance/templateImport';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/templates/${name}`, import.meta.url), 'utf8');
const builtIn: KnownTemplate[] = [
  { id: 'responsible-ai', version: '1.0.0', title: 'Responsible AI and ethics', source: 'built-in' },
];

function errorsOf(name: string, known: KnownTemplate[] = builtIn): string[] {
  const result = parseTemplateFile(fixture(name), name, known);
  return result.ok ? [] : result.errors;
}

describe('parseTemplateFile', () => {
  it('reads a valid YAML template with Markdown guidance and conditions', () => {
    const result = parseTemplateFile(fixture('valid-vendor-ai.yaml'), 'valid-vendor-ai.yaml', builtIn);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.template.title).toBe('Third-party AI services');
    expect(templateOutline(result.template)).toEqual({ sections: 2, items: 3, blockers: 1, conditional: 2 });
    expect(result.notes).toEqual([]);
  });

  it('reads the same schema from JSON', () => {
    const result = parseTemplateFile(fixture('valid-vendor-ai.json'), 'valid-vendor-ai.json', builtIn);
    expect(result.ok && result.template.version).toBe('1.1.0');
  });

  it('reports malformed YAML with its line and column', () => {
    const errors = errorsOf('malformed-yaml.yaml');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatch(/^Line \d+, column \d+: /);
  });

  it('reports malformed JSON', () => {
    expect(parseTemplateFile('{"id": ', 'broken.json', builtIn)).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^The file is not valid JSON/)],
    });
  });

  it('names an unknown key with its path', () => {
    expect(errorsOf('unknown-key.yaml')).toEqual(['items[0]: Unrecognized key: "owner"']);
  });

  it('names a severity it does not know', () => {
    const errors = errorsOf('bad-severity.yaml');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^items\[0\]\.severity: /);
    expect(errors[0]).toMatch(/blocker/);
  });

  it('names the second of two items with the same id', () => {
    expect(errorsOf('duplicate-ids.yaml')).toEqual(['items[1].id: duplicate item id "supplier-model-documented"']);
  });

  it('explains the version format', () => {
    expect(errorsOf('bad-version.yaml')).toEqual(['version: use a semantic version such as 1.0.0']);
  });

  it('refuses the id and version of a built-in template, and allows the organisation’s own edition of it', () => {
    expect(errorsOf('shipped-id-clash.yaml')[0]).toMatch(
      /^id: the built-in template “Responsible AI and ethics” already has the id “responsible-ai” and version 1.0.0/,
    );
    const edition = fixture('shipped-id-clash.yaml').replace('version: 1.0.0', 'version: 1.0.1');
    const result = parseTemplateFile(edition, 'ours.yaml', builtIn);
    expect(result.ok).toBe(true);
    expect(result.ok && result.notes[0]).toMatch(/Another built-in template uses the id “responsible-ai” \(version 1.0.0\)/);
  });

  it('refuses a version already imported', () => {
    const imported: KnownTemplate = {
      id: 'vendor-ai-services',
      version: '1.0.0',
      title: 'Third-party AI services',
      source: 'imported',
    };
    expect(errorsOf('valid-vendor-ai.yaml', [imported])[0]).toMatch(
      /^version: version 1.0.0 of “vendor-ai-services” is already imported/,
    );
  });

  it('refuses empty files, files that hold a list, several documents and duplicate keys', () => {
    expect(errorsOf('valid-vendor-ai.yaml').length).toBe(0);
    expect(parseTemplateFile('  \n', 'empty.yaml', builtIn)).toEqual({ ok: false, errors: ['The file is empty.'] });
    expect(parseTemplateFile('- a\n- b\n', 'list.yaml', builtIn)).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/single template/)],
    });
    expect(parseTemplateFile('id: a\n---\nid: b\n', 'two.yaml', builtIn)).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/more than one YAML document/)],
    });
    expect(parseTemplateFile('id: a\nid: b\n', 'keys.yaml', builtIn)).toMatchObject({
      ok: false,
      errors: ['Line 2, column 1: Map keys must be unique'],
    });
  });

  it('names every required field missing from an empty template', () => {
    const result = parseTemplateFile('{}', 'empty-object.json', builtIn);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((line) => line.split(':')[0])).toEqual(['id', 'version', 'title', 'summary', 'items']);
  });
});
