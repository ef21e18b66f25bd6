/** The checks of what a person types about an assessment and its milestones, in words that say how to fix each. */
import { limits } from '../schemas/limits';
import { lengthProblem } from './textLimits';

export interface AssessmentText {
  name: string;
  organisation: string;
  team: string;
  round: string;
  respondentName: string;
  respondentRole: string;
  date: string;
}

const words: Record<keyof typeof limits.assessment, string> = {
  name: 'The name',
  organisation: 'The organisation',
  team: 'The team or unit',
  round: 'The survey round',
  respondentName: 'Your name',
  respondentRole: 'Your role',
};

/** Problems by field; empty when the assessment can be stored. */
export function checkAssessment(values: Partial<AssessmentText>): Partial<Record<keyof AssessmentText, string>> {
  const problems: Partial<Record<keyof AssessmentText, string>> = {};
  if (values.name !== undefined && values.name.trim() === '') problems.name = 'Enter a name for the assessment';
  for (const key of Object.keys(words) as (keyof typeof words)[]) {
    const value = values[key];
    const problem = value === undefined ? null : lengthProblem(words[key], value, limits.assessment[key]);
    if (problem && !problems[key]) problems[key] = problem;
  }
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
    problems.date = 'Enter the date the assessment describes';
  return problems;
}

export function checkMilestoneName(name: string): string | null {
  if (name.trim() === '') return 'Enter a name for the milestone, for example “End of Q1 2027”';
  return lengthProblem('The milestone name', name, limits.milestone.name);
}
