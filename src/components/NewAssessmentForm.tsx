import { useLayoutEffect, useState } from 'preact/hooks';
import type { QuestionnaireRef } from '../schemas/assessment';
import { limits } from '../schemas/limits';
import { createAssessment, type NewAssessment } from '../stores/assessment/assessments';
import { checkAssessment } from '../lib/assessmentCheck';
import { todayIso } from '../lib/ids';
import { Field } from './Field';
import { problemsToErrors, useFormErrors } from './form/useFormErrors';
import { answerUrl } from './urls';
import { FormActions } from './form/FormActions';

interface Props {
  questionnaire: QuestionnaireRef;
  onCancel: () => void;
}

export function NewAssessmentForm({ questionnaire, onCancel }: Props) {
  const [values, setValues] = useState<NewAssessment>({
    name: `Assessment ${todayIso()}`,
    organisation: '',
    team: '',
    respondentName: '',
    respondentRole: '',
    date: todayIso(),
  });
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();
  const ids: Record<keyof NewAssessment, string> = {
    name: 'new-name',
    organisation: 'new-organisation',
    team: 'new-team',
    respondentName: 'new-respondent',
    respondentRole: 'new-role',
    date: 'new-date',
  };

  // The form opens with focus on its first field, where the person will type.
  useLayoutEffect(() => document.getElementById(ids.name)?.focus(), []);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    if (form.report(problemsToErrors(checkAssessment(values), (key) => ids[key as keyof NewAssessment]))) return;
    setBusy(true);
    const created = await createAssessment({ ...values, name: values.name.trim() }, questionnaire);
    setBusy(false);
    if (created) window.location.assign(answerUrl(created.id));
    else form.report([{ field: ids.name, message: 'The assessment could not be stored in this browser; see the message above' }]);
  }

  const field = (key: keyof NewAssessment, label: string, hint?: string, type: 'text' | 'date' = 'text') => (
    <Field
      id={ids[key]}
      label={label}
      hint={hint}
      error={form.errorFor(ids[key])}
      limit={key === 'date' ? undefined : limits.assessment[key]}
      type={type}
      value={values[key]}
      onInput={(value) => setValues({ ...values, [key]: value })}
    />
  );

  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-assessment-title" class="card">
      <h2 id="new-assessment-title">New assessment</h2>
      {form.summary}
      {field('name', 'Name', 'For example the team and the quarter: “Platform team, Q1 2027”.')}
      {field('organisation', 'Organisation (optional)')}
      {field('team', 'Team or unit (optional)')}
      {field('respondentName', 'Your name (optional)')}
      {field('respondentRole', 'Your role (optional)', 'For example head of data science, CTO, ML engineer.')}
      {field('date', 'Date the assessment describes', undefined, 'date')}
      <FormActions submit="Create and start answering" busy={busy} onCancel={onCancel} />
    </form>
  );
}
