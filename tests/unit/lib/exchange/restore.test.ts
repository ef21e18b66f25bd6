import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restore, restoreText } from '../../../../src/lib/exchange/restore';
import { describeProblem } from '../../../../src/lib/exchange/problems';
import { sortedData } from '../../../../src/lib/exchange/tables';
import { REPORT_FILE_VERSION } from '../../../../src/schemas/report';

const released = join(process.cwd(), 'tests/fixtures/exchange/released');
const hostile = join(process.cwd(), 'tests/fixtures/exchange/hostile');
const read = (folder: string, name: string) => readFileSync(join(folder, name), 'utf8');
const releasedFiles = readdirSync(released).filter((name) => name.endsWith('.json'));

describe('released formats', () => {
  it('keeps a file of every released format version', () => {
    // Version 0 is the workspace file from before the report format.
    expect(releasedFiles).toContain('workspace-v1.json');
    for (let version = 1; version <= REPORT_FILE_VERSION; version += 1)
      expect(releasedFiles).toContain(`report-v${version}.json`);
  });

  it.each(releasedFiles)('%s still loads', async (name) => {
    const result = await restoreText(read(released, name));
    expect(result.ok, result.ok ? '' : result.problems.map(describeProblem).join('\n')).toBe(true);
  });

  it('reads the workspace file from before the report format as the same data', async () => {
    const legacy = await restoreText(read(released, 'workspace-v1.json'));
    const current = await restoreText(read(released, 'report-v1.json'));
    if (!legacy.ok || !current.ok) throw new Error('a released file did not load');
    expect(legacy.migratedFrom).toBe(0);
    expect(legacy.notes).toHaveLength(1);
    expect(current.migratedFrom).toBeNull();
    expect(sortedData(legacy.data)).toEqual(current.data);
    expect(legacy.scope).toBe('workspace');
    // The old file named its source; it becomes the title, and the content used is worked out from the data.
    expect(legacy.file.title).toMatch(/before the report format/);
    expect(legacy.file.content).toEqual(current.file.content);
    expect(current.settings).toEqual({ weightProfileId: 'fixture-profile-1' });
  });
});

interface Case {
  path: string;
  contains: string;
}
const cases = JSON.parse(read(hostile, 'cases.json')) as Record<string, Case>;

describe('hostile and broken files', () => {
  it('has a case for every file in the corpus', () => {
    const files = readdirSync(hostile).filter((name) => name !== 'cases.json');
    expect(Object.keys(cases).sort()).toEqual(files.sort());
  });

  it.each(Object.entries(cases))('%s is refused with a message naming what and where', async (name, expected) => {
    const result = await restoreText(read(hostile, name));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const first = result.problems[0];
    expect(first?.path).toBe(expected.path);
    expect(first?.message).toContain(expected.contains);
    // A sentence, not a code: it starts in lower case words and has no stack trace or "[object".
    for (const found of result.problems) expect(found.message).not.toMatch(/\[object|at Object\.|ZodError/);
  });

  it('says where a truncated file stops making sense', async () => {
    const result = await restoreText('{\n  "type": "mlops-portal-report",\n  "version": 1,\n  "name": "x');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/ends too early.*line 4/);
  });

  it('refuses a newer version of the old workspace file as well', async () => {
    const result = await restore({ type: 'mlops-portal-workspace', version: 2, data: {} });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/made by a newer version of the portal/);
  });

  it('refuses a version that was never released', async () => {
    const result = await restore({ type: 'mlops-portal-report', version: 0 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/never released/);
  });

  it('keeps markup in free text as text: it is data, and the portal never renders it as HTML', async () => {
    const file = JSON.parse(read(released, 'report-v1.json')) as { payload: { data: { useCases: { description: string }[] } } };
    const first = file.payload.data.useCases[0];
    if (!first) throw new Error('the fixture has no use case');
    first.description = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const result = await restore(file);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.useCases[0]?.description).toBe('<script>alert(1)</script><img src=x onerror=alert(2)>');
  });

  it('leaves Object.prototype alone when a file holds "__proto__"', async () => {
    await restoreText(read(hostile, 'proto-key.json'));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
