/** The checks of a use case a person types, in words that say how to fix each problem. */
import { limits } from '../../schemas/limits';
import { lengthProblem } from '../textLimits';

/** The use case's fields as the form holds them: tags as one comma-separated line. */
interface UseCaseText {
  title: string;
  description: string;
  sponsor: string;
  businessUnit: string;
  tags: string;
}

/** "a, b , a" → ["a", "b"]: tags are typed as one comma-separated line. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter((tag) => tag !== ''),
    ),
  ];
}

/**
 * Checks the draft against the limits of the use-case schema. `statusBlocked` is why governance
 * refuses the chosen status (or null); it is decided by the store, which knows the reviews.
 */
export function checkUseCase<V extends UseCaseText>(
  values: V,
  statusBlocked: string | null,
): Partial<Record<keyof V | 'status', string>> {
  const problems: Partial<Record<keyof UseCaseText | 'status', string>> = {};
  const max = limits.useCase;
  if (values.title.trim() === '') problems.title = 'Enter a title for the use case';
  const long = {
    title: lengthProblem('The title', values.title, max.title),
    description: lengthProblem('The description', values.description, max.description),
    sponsor: lengthProblem('The sponsor', values.sponsor, max.sponsor),
    businessUnit: lengthProblem('The business unit', values.businessUnit, max.businessUnit),
  };
  for (const [key, problem] of Object.entries(long) as [keyof typeof long, string | null][])
    if (problem && !problems[key]) problems[key] = problem;
  const tags = parseTags(values.tags);
  if (tags.length > max.tags) problems.tags = `Use at most ${max.tags} tags; there are ${tags.length}`;
  else if (tags.some((tag) => tag.length > max.tag)) problems.tags = `Keep each tag to ${max.tag} characters or fewer`;
  if (statusBlocked) problems.status = statusBlocked;
  return problems as Partial<Record<keyof V | 'status', string>>;
}
