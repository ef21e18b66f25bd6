import type { z } from 'zod';
import { formatPath } from '../../../src/lib/issues';

/** Parses `value` and returns the places the schema complained about, as people read them. */
export function issuePaths(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => formatPath(issue.path));
}

/** A deep copy that a test may change freely. */
export function editable<T>(value: T): Record<string, unknown> & T {
  return structuredClone(value) as Record<string, unknown> & T;
}

/** A copy of `value` without `key`, for testing what happens when a field is left out. */
export function withoutKey<T extends object>(value: T, key: keyof T): Partial<T> {
  const copy: Partial<T> = { ...value };
  delete copy[key];
  return copy;
}
