/** The check of a custom weight profile as typed: a name and one weight per criterion. */
import type { CriterionId } from '../../schemas/enums';
import { limits } from '../../schemas/limits';
import { parseDecimal } from '../numbers';
import { lengthProblem } from '../textLimits';

type ProfileField = 'name' | CriterionId;
type ProfileCheck =
  { ok: true; weights: Record<CriterionId, number> } | { ok: false; problems: { field: ProfileField; message: string }[] };

export function checkProfile(
  name: string,
  texts: Record<CriterionId, string>,
  criteria: readonly { id: CriterionId; title: string }[],
): ProfileCheck {
  const problems: { field: ProfileField; message: string }[] = [];
  const max = limits.criterionWeight.max;
  if (name.trim() === '') problems.push({ field: 'name', message: 'Enter a name for the profile' });
  const long = lengthProblem('The profile name', name, limits.weightProfile.name);
  if (long) problems.push({ field: 'name', message: long });
  const weights = {} as Record<CriterionId, number>;
  for (const criterion of criteria) {
    const value = parseDecimal(texts[criterion.id]);
    if (value === null || value < 0 || value > max)
      problems.push({
        field: criterion.id,
        message: `Enter a weight from 0 to ${max} for ${criterion.title.toLowerCase()}, for example 1.5 or 1,5`,
      });
    else weights[criterion.id] = value;
  }
  const first = criteria[0];
  if (problems.length === 0 && first && criteria.every((criterion) => weights[criterion.id] === 0))
    problems.push({ field: first.id, message: 'Give at least one criterion a weight above 0' });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, weights };
}
