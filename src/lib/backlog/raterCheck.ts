import { limits } from '../../schemas/limits';
import { lengthProblem } from '../textLimits';

/** Why a new rater's name cannot be used on this use case, or null. Names are compared without case. */
export function checkRaterName(name: string, existing: readonly string[]): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'Enter the rater’s name';
  if (existing.some((other) => other.trim().toLowerCase() === trimmed.toLowerCase()))
    return `${trimmed} already rates this use case: choose their name under “Rate as”`;
  return lengthProblem('The rater’s name', name, limits.rating.raterName);
}
