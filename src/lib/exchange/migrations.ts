import { REPORT_FILE_TYPE } from '../../schemas/report';
import { DEFAULT_WEIGHT_PROFILE_ID, PORTAL_NAME, RANKING_METHOD, SCORING_METHOD } from './methods';

/**
 * Numbered migrations of the file format: `migrations[n]` turns a version-n file into version
 * n + 1. They run on data that has not been validated yet (the strict parse comes after the last
 * one), so each only moves and renames what it finds and leaves checking to the schema.
 *
 * Version 0 is the workspace file written before the report envelope existed:
 * `{ type: "mlops-portal-workspace", version: 1, source, exportedAt, data }`.
 *
 * To change the format: raise REPORT_FILE_VERSION, append the migration from the previous
 * version here, and keep a file of the released version in tests/fixtures/exchange/released/.
 */
interface Migration {
  /** What the step does, in a sentence shown with the import ("…was brought up to date"). */
  describe: string;
  up(file: Record<string, unknown>): Record<string, unknown>;
  /** Maps a problem's path in the migrated file back to where it is in the file as read. */
  originalPath?(path: string): string;
}

export const LEGACY_WORKSPACE_TYPE = 'mlops-portal-workspace';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export const migrations: readonly Migration[] = [
  {
    describe: 'a workspace file from before the report format; its data was carried over unchanged',
    up(file) {
      const data = file['data'];
      const profiles = isRecord(data) && Array.isArray(data['weightProfiles']) ? data['weightProfiles'] : [];
      return {
        type: REPORT_FILE_TYPE,
        version: 1,
        exportedAt: file['exportedAt'],
        // The old format did not say which portal version wrote it.
        portal: { name: PORTAL_NAME, version: 'unknown' },
        ...(typeof file['source'] === 'string' ? { title: file['source'] } : {}),
        // Filled in from the data once it has passed the schema (see restore.ts).
        content: { questionnaires: [], checklists: [] },
        methods: {
          scoring: SCORING_METHOD,
          ranking: RANKING_METHOD,
          weightProfiles: profiles.filter(isRecord).map((profile) => ({
            id: profile['id'],
            name: profile['name'],
            kind: 'custom',
            weights: profile['weights'],
          })),
          activeWeightProfileId: DEFAULT_WEIGHT_PROFILE_ID,
        },
        payload: { scope: 'workspace', data, settings: {} },
      };
    },
    originalPath(path) {
      if (path === 'payload.data' || path.startsWith('payload.data.') || path.startsWith('payload.data['))
        return `data${path.slice('payload.data'.length)}`;
      if (path.startsWith('methods.weightProfiles')) return path.replace('methods.weightProfiles', 'data.weightProfiles');
      if (path === 'title') return 'source';
      return path;
    },
  },
];

/** The version a file's type and version number stand for in the numbering above. */
export function formatVersion(type: string, version: number): number {
  if (type === LEGACY_WORKSPACE_TYPE) return version - 1;
  // Report format versions start at 1; 0 (the old workspace file) is only reachable through its own type.
  return version >= 1 ? version : -1;
}
