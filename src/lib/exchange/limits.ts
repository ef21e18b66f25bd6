import { problem, type Problem } from './problems';

export { MAX_FILE_BYTES, sizeProblem } from './size';

/** The deepest nesting a portal file has is under 15 levels; far deeper means a hostile file. */
const MAX_DEPTH = 40;

interface Visit {
  value: unknown;
  depth: number;
  parent: Visit | null;
  key: PropertyKey;
}

function pathOf(visit: Visit): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let at: Visit | null = visit; at && at.parent; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * Walks parsed JSON once, without recursion (so a deep file cannot overflow the stack), and reports
 * nesting beyond MAX_DEPTH and numbers JSON turned into Infinity (such as 1e400). Paths are only
 * worked out for the problems found, so a large file costs one pass.
 */
export function shapeProblems(value: unknown): Problem[] {
  const problems: Problem[] = [];
  const stack: Visit[] = [{ value, depth: 0, parent: null, key: '' }];
  while (stack.length > 0 && problems.length < 20) {
    const visit = stack.pop() as Visit;
    const current = visit.value;
    if (typeof current === 'number') {
      if (!Number.isFinite(current)) problems.push(problem(pathOf(visit), 'the number is too large to be read'));
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (visit.depth >= MAX_DEPTH) {
      problems.push(problem(pathOf(visit), `the data is nested more than ${MAX_DEPTH} levels deep`));
      continue;
    }
    const depth = visit.depth + 1;
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index -= 1)
        stack.push({ value: current[index], depth, parent: visit, key: index });
    } else {
      const record = current as Record<string, unknown>;
      for (const key of Object.keys(record)) stack.push({ value: record[key], depth, parent: visit, key });
    }
  }
  return problems;
}

/** JSON.parse with a message that says where the text stops making sense. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  if (text.trim() === '') return { ok: false, problem: problem([], 'the file is empty') };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail)?.[1];
    const token = /Unexpected token '(.+?)'/.exec(detail)?.[1];
    const where =
      position !== undefined ? ` (${lineAndColumn(text, Number(position))})` : token !== undefined ? ` (at "${token}")` : '';
    const truncated = /end of (JSON|data) input|Unterminated/i.test(detail);
    // NaN and Infinity are JavaScript, not JSON; a file that holds them was not written by the portal.
    const nonNumber = /(^|[^A-Za-z"])(NaN|-?Infinity)\b/.test(text) && (token === 'N' || token === 'I' || token === '-');
    const what = truncated
      ? 'the file ends too early: it may have been cut off'
      : nonNumber
        ? 'the file holds NaN or Infinity, which are not numbers a JSON file can hold'
        : 'the file is not valid JSON';
    return { ok: false, problem: problem([], `${what}${where}`) };
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}
