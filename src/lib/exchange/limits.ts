import { problem, type Problem } from './problems';

/** Files above this size are refused before their text is read, so a huge file cannot hang the page. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** The deepest nesting a portal file has is under 15 levels; far deeper means a hostile file. */
export const MAX_DEPTH = 40;

export function sizeProblem(bytes: number): Problem | null {
  if (bytes === 0) return problem([], 'the file is empty');
  if (bytes > MAX_FILE_BYTES) {
    const megabytes = (bytes / 1024 / 1024).toFixed(1);
    return problem([], `the file is ${megabytes} MB; the portal reads files of up to 50 MB`);
  }
  return null;
}

/**
 * Walks parsed JSON once, without recursion (so a deep file cannot overflow the stack), and reports
 * nesting beyond MAX_DEPTH and numbers JSON turned into Infinity (such as 1e400).
 */
export function shapeProblems(value: unknown): Problem[] {
  const problems: Problem[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value, path: [] }];
  while (stack.length > 0 && problems.length < 20) {
    const { value: current, path } = stack.pop() as { value: unknown; path: PropertyKey[] };
    if (typeof current === 'number' && !Number.isFinite(current)) {
      problems.push(problem(path, 'the number is too large to be read'));
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (path.length >= MAX_DEPTH) {
      problems.push(problem(path, `the data is nested more than ${MAX_DEPTH} levels deep`));
      continue;
    }
    if (Array.isArray(current)) current.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    else for (const [key, item] of Object.entries(current)) stack.push({ value: item, path: [...path, key] });
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
