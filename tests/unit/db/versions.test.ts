import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PortalDb } from '../../../src/db/db';

interface Released {
  versions: Record<string, Record<string, string>>;
}

const released = JSON.parse(readFileSync(new URL('../../fixtures/db/versions.json', import.meta.url), 'utf8')) as Released;

/** The versions the code declares, with the stores each declaration names (Dexie keeps them internally). */
function declared(): Map<number, Record<string, string | null>> {
  const database = new PortalDb(`versions-${crypto.randomUUID()}`);
  const versions = (
    database as unknown as { _versions: { _cfg: { version: number; storesSource: Record<string, string | null> } }[] }
  )._versions;
  return new Map(versions.map((version) => [version._cfg.version, version._cfg.storesSource]));
}

describe('released database versions', () => {
  it('are declared exactly as they were released: a released version(n) is never edited', () => {
    const code = declared();
    for (const [version, stores] of Object.entries(released.versions)) {
      expect(code.get(Number(version)), `version ${version} is missing or was changed in src/db/db.ts`).toEqual(stores);
    }
  });

  it('run 1, 2, 3 … without gaps, and every declared version is in the snapshot with a fixture', () => {
    const versions = [...declared().keys()];
    expect(versions).toEqual(versions.map((_, index) => index + 1));
    for (const version of versions) {
      expect(Object.keys(released.versions), `add version ${version} to tests/fixtures/db/versions.json`).toContain(
        String(version),
      );
      expect(() => readFileSync(new URL(`../../fixtures/db/v${version}.json`, import.meta.url))).not.toThrow();
    }
  });
});
