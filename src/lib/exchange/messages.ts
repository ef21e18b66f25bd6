/**
 * Sentences for the schema problems a file can have, in the words of someone reading a file rather
 * than someone writing a validator. Messages a schema sets itself ("give the assessment a name")
 * take precedence over these; codes not listed keep the validator's wording.
 */
interface RawIssue {
  code?: string;
  input?: unknown;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  exact?: boolean;
  inclusive?: boolean;
  expected?: string;
  values?: readonly unknown[];
  format?: string;
}

const formats: Record<string, string> = {
  datetime: 'a date and time such as 2026-11-24T15:00:00.000Z',
  date: 'a date such as 2026-11-24',
  regex: 'text in the expected pattern',
};

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a number';
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

function sizeOf(origin: string | undefined, count: number | bigint | undefined): string {
  const n = Number(count);
  if (origin === 'string') return `${n} ${n === 1 ? 'character' : 'characters'}`;
  if (origin === 'array') return `${n} ${n === 1 ? 'item' : 'items'}`;
  return String(n);
}

export function issueMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `is missing (expected ${typeNames[issue.expected ?? ''] ?? issue.expected})`;
      return `should be ${typeNames[issue.expected ?? ''] ?? issue.expected}, not ${describeValue(issue.input)}`;
    case 'too_big': {
      if (issue.origin === 'number') return `is ${String(issue.input)}; the largest allowed is ${String(issue.maximum)}`;
      const length = typeof issue.input === 'string' || Array.isArray(issue.input) ? issue.input.length : undefined;
      const found = length === undefined ? '' : `has ${sizeOf(issue.origin, length)}; `;
      return issue.exact
        ? `${found}exactly ${sizeOf(issue.origin, issue.maximum)} belong here`
        : `${found}at most ${sizeOf(issue.origin, issue.maximum)} are allowed`;
    }
    case 'too_small': {
      if (issue.origin === 'number') return `is ${String(issue.input)}; the smallest allowed is ${String(issue.minimum)}`;
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'cannot be empty';
      const word = issue.exact ? 'exactly' : 'at least';
      return `needs ${word} ${sizeOf(issue.origin, issue.minimum)}`;
    }
    case 'invalid_value': {
      const options = (issue.values ?? []).map((value) => JSON.stringify(value)).join(', ');
      const found = typeof issue.input === 'string' ? `"${issue.input.slice(0, 60)}"` : describeValue(issue.input);
      return (issue.values ?? []).length === 1
        ? `should be ${options}, not ${found}`
        : `${found} is not one of the allowed values (${options})`;
    }
    case 'invalid_format':
      return `should be ${formats[issue.format ?? ''] ?? `in the ${issue.format} format`}`;
    case 'invalid_union':
      return 'does not match any of the shapes the format allows here';
    default:
      return undefined;
  }
}
