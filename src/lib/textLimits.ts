/**
 * Checks of text length against the limits the schemas set (src/schemas/limits.ts). Forms use
 * the messages; store actions use `firstOverLimit` to refuse a write the schema would refuse.
 */
const count = new Intl.NumberFormat('en-GB');

/** The message for a text longer than its limit, or null when it fits. */
export function lengthProblem(label: string, text: string, max: number): string | null {
  const length = text.trim().length;
  if (length <= max) return null;
  return `${label} can be at most ${count.format(max)} characters; it has ${count.format(length)}. Shorten it by ${count.format(length - max)}.`;
}

/** The first field of `values` whose text (or list) is longer than its limit, or null. */
export function firstOverLimit<K extends string>(values: Partial<Record<K, unknown>>, max: Partial<Record<K, number>>): K | null {
  for (const key of Object.keys(max) as K[]) {
    const value = values[key];
    const limit = max[key];
    if (limit === undefined) continue;
    if (typeof value === 'string' && value.trim().length > limit) return key;
    if (Array.isArray(value) && value.length > limit) return key;
  }
  return null;
}
