import { formatPath } from '../issues';

/** Something wrong with a file: where (a JSON path such as "payload.data.answers[3].level") and what. */
export interface Problem {
  path: string;
  message: string;
}

interface ZodIssueLike {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  keys?: readonly string[];
}

export function problem(path: readonly PropertyKey[], message: string): Problem {
  return { path: formatPath(path), message };
}

/**
 * Turns schema issues into sentences. Zod's own wording is kept where it already reads well; the
 * codes whose default text is terse or technical get a sentence of their own.
 */
export function fromIssues(issues: readonly ZodIssueLike[], prefix: readonly PropertyKey[] = []): Problem[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      const names = issue.keys.map((key) => `"${key}"`).join(', ');
      return problem(
        path,
        `${issue.keys.length === 1 ? 'the field' : 'the fields'} ${names} ${issue.keys.length === 1 ? 'is' : 'are'} not part of the format`,
      );
    }
    return problem(path, issue.message);
  });
}

/** "where: what", for a message on screen. */
export function describeProblem({ path, message }: Problem): string {
  return path === '' ? message : `${path}: ${message}`;
}
