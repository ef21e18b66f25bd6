import {
  REPORT_FILE_TYPE,
  REPORT_FILE_VERSION,
  reportFileSchema,
  type ReportFile,
  type Scope,
  type WorkspaceSettings,
} from '../../schemas/report';
import type { WorkspaceData } from '../../schemas/workspace';
import { emptyWorkspaceData } from '../workspaceData';
import { contentUsed } from './content';
import { integrityProblems } from './integrity';
import { parseJsonText, shapeProblems } from './limits';
import { issueMessage } from './messages';
import { formatVersion, LEGACY_WORKSPACE_TYPE, migrations } from './migrations';
import { fromIssues, problem, type Problem } from './problems';

export interface Restored {
  ok: true;
  /** The file as the current format describes it. */
  file: ReportFile;
  scope: Scope;
  /** Every table of a workspace; those the file's scope does not cover are empty. */
  data: WorkspaceData;
  /** Settings the file carries (only whole-workspace and backlog files carry any). */
  settings: WorkspaceSettings;
  /** The format version the file was written in, when older than the current one. */
  migratedFrom: number | null;
  /** What the migrations did, one sentence each. */
  notes: string[];
}
export interface Refused {
  ok: false;
  problems: Problem[];
}
type RestoreResult = Restored | Refused;

const refused = (problems: Problem[]): Refused => ({ ok: false, problems });
const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The one way a file comes into the portal (the sample, every import, the team roll-up): a
 * lenient look at the envelope, the migrations from the file's version to the current one, the
 * strict schema, then checks across records. Either plain data or a list of problems, each with
 * the JSON path it is about; nothing is stored here.
 */
export async function restore(input: unknown): Promise<RestoreResult> {
  const shape = shapeProblems(input);
  if (shape.length > 0) return refused(shape);

  const envelope = checkEnvelope(input);
  if (!envelope.ok) return envelope;
  const { file: read, from } = envelope;

  let file: Record<string, unknown> = read;
  const applied = migrations.slice(from, REPORT_FILE_VERSION);
  for (const migration of applied) file = migration.up(file);

  const parsed = reportFileSchema.safeParse(file, { error: (issue) => issueMessage(issue) });
  const back = (path: string) => applied.reduceRight((current, migration) => migration.originalPath?.(current) ?? current, path);
  if (!parsed.success) return refused(fromIssues(parsed.error.issues).map((found) => ({ ...found, path: back(found.path) })));

  const data: WorkspaceData = { ...emptyWorkspaceData(), ...parsed.data.payload.data };
  const related = integrityProblems(data, ['payload', 'data']).map((found) => ({ ...found, path: back(found.path) }));
  if (related.length > 0) return refused(related);

  let restored = parsed.data;
  if (from === 0) restored = { ...restored, content: await contentUsed(data) };
  const settings = 'settings' in restored.payload ? restored.payload.settings : {};
  return {
    ok: true,
    file: restored,
    scope: restored.payload.scope,
    data,
    settings,
    migratedFrom: applied.length > 0 ? from : null,
    notes: applied.map((migration) => migration.describe),
  };
}

/** Reads a file's text and restores it. */
export async function restoreText(text: string): Promise<RestoreResult> {
  const parsed = parseJsonText(text);
  return parsed.ok ? restore(parsed.value) : refused([parsed.problem]);
}

type EnvelopeCheck = { ok: true; file: Record<string, unknown>; from: number } | Refused;

function checkEnvelope(input: unknown): EnvelopeCheck {
  if (!isRecord(input)) return refused([problem([], 'the file does not hold a portal export: expected a JSON object')]);
  const type = input['type'];
  if (type !== REPORT_FILE_TYPE && type !== LEGACY_WORKSPACE_TYPE) {
    const what = typeof type === 'string' ? `its type is "${type.slice(0, 80)}"` : 'it has no "type" field';
    return refused([problem(['type'], `this is not a file exported by the portal: ${what}, expected "${REPORT_FILE_TYPE}"`)]);
  }
  const version = input['version'];
  if (typeof version !== 'number' || !Number.isInteger(version))
    return refused([problem(['version'], 'the format version should be a whole number')]);
  const from = formatVersion(type, version);
  const newest = type === LEGACY_WORKSPACE_TYPE ? 0 : REPORT_FILE_VERSION;
  if (from > newest)
    return refused([
      problem(
        ['version'],
        `this file was made by a newer version of the portal (format version ${version}; this portal reads up to ${REPORT_FILE_VERSION}). Open it with an up-to-date portal.`,
      ),
    ]);
  if (from < 0)
    return refused([problem(['version'], `format version ${version} was never released, so the file cannot be read`)]);
  return { ok: true, file: input, from };
}
