import fc from 'fast-check';
import type { z } from 'zod';

/**
 * The plain values the generated workspaces are built from: hostile and longest text, ids and
 * slugs such as "__proto__", times, levels and links.
 */
type StringSchema = z.ZodString;
export const maxOf = (schema: unknown, fallback: number) => (schema as StringSchema).maxLength ?? fallback;
export const nasty = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '\u202Eevil',
  '💥',
  '\u0000',
];

/** Text up to `max` characters (code units), trimmed when the schema trims; `min1` keeps it non-empty. */
export function text(max: number, { trim = true, min1 = false } = {}): fc.Arbitrary<string> {
  const longest = fc.constantFrom('x', 'é', 'ß', '字').map((char) => char.repeat(max));
  const any = fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: Math.min(max, 30) }) },
    { weight: 1, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: longest },
    { weight: 2, arbitrary: fc.constantFrom(...nasty) },
  );
  return any.map((value) => {
    // Cut by code points so a longest string never ends in half a surrogate pair it did not have.
    let out = value.length > max ? value.slice(0, max) : value;
    if (trim) out = out.trim();
    // Where a schema asks for text "not empty once trimmed", whitespace alone does not count.
    if (min1 && out.trim() === '') out = `x${out}`;
    if (out.length > max) out = out.slice(0, max);
    return out;
  });
}

/** One value from each arbitrary, as a list (an empty list for none). */
export function all<T>(arbitraries: fc.Arbitrary<T>[]): fc.Arbitrary<T[]> {
  return arbitraries.length === 0 ? fc.constant([]) : fc.tuple(...arbitraries).map((values) => [...values]);
}

export const id = fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), fc.constantFrom('__proto__', 'constructor', 'toString-x'));
export const slug = fc.oneof(
  fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,8}){0,2}$/),
  fc.constantFrom('constructor', 'prototype'),
);
export const time = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
export const day = time.map((value) => value.slice(0, 10));
export const level = fc.integer({ min: 0, max: 4 });
export const hash = fc.stringMatching(/^[0-9a-f]{64}$/);
export const url = fc
  .string({ unit: 'grapheme-ascii', maxLength: 20 })
  .map((path) => `https://example.org/${encodeURIComponent(path)}`);
