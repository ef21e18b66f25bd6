/**
 * Turns the rows of a backlog CSV into use cases and ratings, checking every row. Nothing is
 * stored here: the result is a plan that the person sees as a preview and confirms.
 *
 * - A row that fails a check is rejected with its line number and the reason; the others go on.
 * - Rows with the same `use_case_id` form one use case (see csvFormat.ts); without an id, each
 *   row is a use case of its own with a new id.
 * - A new use case's empty family, status, classification and risk tier default to "other",
 *   "idea", "confidential" and "medium"; empty times default to the moment of import.
 * - Ratings are whole numbers from 1 to 5 ("4", "4.0" and "4,0" all read as 4). Half points are
 *   refused: disagreement is kept by rating per rater, and the backlog takes the median.
 * - A file may carry scores without any rater columns (title, description and the five scores is
 *   the most common spreadsheet): such rows are rated by `unnamedRater`, the person the preview
 *   asks about, and counted in `unnamedRows` so the preview can ask.
 * - Every use case and rating is checked against the same schema as the rest of the workspace.
 */
import { ratingSchema, useCaseSchema, type Rating, type UseCase } from '../../schemas/backlog';
import { criterionIds, type CriterionId } from '../../schemas/enums';
import { parseDecimal } from '../numbers';
import type { CriterionValues } from './aggregate';
import { criterionColumn, unescapeCell, useCaseColumns } from './csvFormat';
import type { CsvRecord, RowProblem } from './csvRead';
import { csvValue, type Parsed } from './csvValues';

interface ImportOptions {
  newId: () => string;
  now: string;
  /** Whose ratings rows with scores but no rater name are. */
  unnamedRater?: string;
}

export interface AcceptedRow {
  line: number;
  useCaseId: string;
  title: string;
  raterName: string | null;
  scores: CriterionValues;
}

export interface ImportPlan {
  useCases: UseCase[];
  ratings: Rating[];
  accepted: AcceptedRow[];
  rejected: RowProblem[];
  /** Rows whose scores had no rater name and were given `unnamedRater`. */
  unnamedRows: number;
}

const fieldColumns: Record<string, string> = {
  businessUnit: 'business_unit',
  dataClassification: 'data_classification',
  riskTier: 'risk_tier',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  id: 'use_case_id',
};
const ratingFieldColumns: Record<string, string> = {
  raterName: 'rater_name',
  raterRole: 'rater_role',
  comment: 'rater_comment',
  updatedAt: 'rated_at',
  id: 'rating_id',
};

interface Group {
  firstLine: number;
  useCase: UseCase | null;
  cells: Record<string, string>;
  raters: Map<string, number>;
}

function text(cells: Record<string, string>, column: string): string {
  return unescapeCell(cells[column] ?? '');
}

function useCaseFrom(cells: Record<string, string>, id: string, options: ImportOptions): Parsed<UseCase> {
  const problems: string[] = [];
  const pick = <T>(parsed: Parsed<T>): T | undefined => {
    if (parsed.ok) return parsed.value;
    problems.push(parsed.problem);
    return undefined;
  };
  const candidate = {
    id,
    title: text(cells, 'title').trim(),
    description: text(cells, 'description'),
    sponsor: text(cells, 'sponsor').trim(),
    businessUnit: text(cells, 'business_unit').trim(),
    family: pick(csvValue.family(cells['family'] ?? '')),
    status: pick(csvValue.status(cells['status'] ?? '')),
    dataClassification: pick(csvValue.classification(cells['data_classification'] ?? '')),
    riskTier: pick(csvValue.riskTier(cells['risk_tier'] ?? '')),
    tags: csvValue.tags(text(cells, 'tags')),
    archived: pick(csvValue.flag('archived', cells['archived'] ?? '')),
    createdAt: (cells['created_at'] ?? '').trim() || options.now,
    updatedAt: (cells['updated_at'] ?? '').trim() || options.now,
  };
  if (problems.length > 0) return { ok: false, problem: problems.join('; ') };
  const parsed = useCaseSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problem: parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${columnOf(issue.path, fieldColumns)}: ${issue.message}`)
      .join('; '),
  };
}

function columnOf(path: readonly PropertyKey[], columns: Record<string, string>): string {
  const field = String(path[0] ?? '');
  if (field === 'scores') return criterionColumn[String(path[1]) as CriterionId] ?? field;
  return columns[field] ?? field;
}

function ratingFrom(cells: Record<string, string>, useCaseId: string, options: ImportOptions): Parsed<Rating | null> {
  const named = text(cells, 'rater_name').trim();
  const raterName = named || (options.unnamedRater ?? '').trim();
  const raterRole = text(cells, 'rater_role').trim();
  const comment = text(cells, 'rater_comment');
  const scores: CriterionValues = {};
  const problems: string[] = [];
  for (const id of criterionIds) {
    const column = criterionColumn[id];
    const parsed = csvValue.score(column, cells[column] ?? '', parseDecimal);
    if (!parsed.ok) problems.push(parsed.problem);
    else if (parsed.value !== null) scores[id] = parsed.value;
  }
  if (problems.length > 0) return { ok: false, problem: problems.join('; ') };
  const hasRating = named !== '' || raterRole !== '' || comment.trim() !== '' || Object.keys(scores).length > 0;
  if (!hasRating) return { ok: true, value: null };
  if (raterName === '') return { ok: false, problem: 'rater_name: scores, a role or a comment need the name of the rater' };
  const candidate = {
    id: (cells['rating_id'] ?? '').trim() || options.newId(),
    useCaseId,
    raterName,
    raterRole,
    scores,
    comment,
    updatedAt: (cells['rated_at'] ?? '').trim() || options.now,
  };
  const parsed = ratingSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problem: parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${columnOf(issue.path, ratingFieldColumns)}: ${issue.message}`)
      .join('; '),
  };
}

/** Use-case columns of a later row that are filled in and differ from the first row's. */
function conflicts(first: Record<string, string>, later: Record<string, string>): string[] {
  return useCaseColumns.filter((column) => {
    const value = (later[column] ?? '').trim();
    return value !== '' && value !== (first[column] ?? '').trim();
  });
}

export function planImport(records: readonly CsvRecord[], options: ImportOptions): ImportPlan {
  const groups = new Map<string, Group>();
  const useCases: UseCase[] = [];
  const ratings: Rating[] = [];
  const accepted: AcceptedRow[] = [];
  const rejected: RowProblem[] = [];
  const ratingIds = new Set<string>();
  let unnamedRows = 0;

  for (const { line, cells } of records) {
    const givenId = (cells['use_case_id'] ?? '').trim();
    let group = givenId === '' ? undefined : groups.get(givenId);
    let rating: Parsed<Rating | null> | null = null;
    if (group && group.useCase === null) {
      rejected.push({
        line,
        reason: `the use case ${givenId} was rejected on line ${group.firstLine}, so its ratings cannot be imported`,
      });
      continue;
    }
    if (group) {
      const differ = conflicts(group.cells, cells);
      if (differ.length > 0) {
        rejected.push({
          line,
          reason: `${differ.join(', ')} differ${differ.length === 1 ? 's' : ''} from line ${group.firstLine} for the same use_case_id; leave them empty or make them match`,
        });
        continue;
      }
    } else {
      const parsed = useCaseFrom(cells, givenId || options.newId(), options);
      // The first row of a use case carries the use case and maybe a rating: both must pass, or neither is kept.
      const firstRating = parsed.ok ? ratingFrom(cells, parsed.value.id, options) : null;
      const ok = parsed.ok && firstRating?.ok === true;
      group = { firstLine: line, useCase: ok ? parsed.value : null, cells, raters: new Map() };
      if (givenId !== '') groups.set(givenId, group);
      if (!parsed.ok || !firstRating?.ok) {
        rejected.push({
          line,
          reason: !parsed.ok
            ? parsed.problem
            : firstRating && !firstRating.ok
              ? firstRating.problem
              : 'the row could not be read',
        });
        continue;
      }
      useCases.push(parsed.value);
      rating = firstRating;
    }
    const useCase = group.useCase;
    if (!useCase) continue;
    rating ??= ratingFrom(cells, useCase.id, options);
    if (!rating.ok) {
      rejected.push({ line, reason: rating.problem });
      continue;
    }
    if (rating.value) {
      const raterKey = rating.value.raterName.toLocaleLowerCase('en');
      const earlier = group.raters.get(raterKey);
      if (earlier !== undefined) {
        rejected.push({ line, reason: `${rating.value.raterName} already rated this use case on line ${earlier}` });
        continue;
      }
      if (ratingIds.has(rating.value.id)) {
        rejected.push({ line, reason: `rating_id ${rating.value.id} is used twice in the file` });
        continue;
      }
      group.raters.set(raterKey, line);
      ratingIds.add(rating.value.id);
      if ((cells['rater_name'] ?? '').trim() === '') unnamedRows += 1;
      ratings.push(rating.value);
    }
    accepted.push({
      line,
      useCaseId: useCase.id,
      title: useCase.title,
      raterName: rating.value?.raterName ?? null,
      scores: rating.value?.scores ?? {},
    });
  }
  return { useCases, ratings, accepted, rejected, unnamedRows };
}
