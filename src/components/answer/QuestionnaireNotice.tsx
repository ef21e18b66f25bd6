import type { Assessment } from '../../schemas/assessment';
import type { Questionnaire } from '../../schemas/questionnaire';

/** Says so when an assessment was answered against different questionnaire wording. */
export function QuestionnaireNotice({ assessment, questionnaire }: { assessment: Assessment; questionnaire: Questionnaire }) {
  if (assessment.questionnaire.hash === questionnaire.hash) return null;
  return (
    <p class="notice warn">
      This assessment was started with questionnaire version {assessment.questionnaire.version}; the portal now uses version{' '}
      {questionnaire.version}. Answers are kept by capability, but some wording may have changed since they were given.
    </p>
  );
}
