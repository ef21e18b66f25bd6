import { useRef, useState } from 'preact/hooks';
import type { QuestionnaireRef } from '../schemas/assessment';
import { createAssessment, type NewAssessment } from '../stores/assessment/assessments';
import { todayIso } from '../lib/ids';
import { ErrorSummary, type FieldError } from './ErrorSummary';
import { Field } from './Field';
import { answerUrl } from './urls';

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
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  async function submit(event: Event) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (values.name.trim() === '') found.push({ field: 'new-name', message: 'Enter a name for the assessment' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date))
      found.push({ field: 'new-date', message: 'Enter the date the assessment describes' });
    setErrors(found);
    if (found.length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setBusy(true);
    const created = await createAssessment({ ...values, name: values.name.trim() }, questionnaire);
    setBusy(false);
    if (created) window.location.assign(answerUrl(created.id));
  }

  const errorFor = (field: string) => errors.find((error) => error.field === field)?.message;
  const field = (id: string, key: keyof NewAssessment, label: string, hint?: string, type: 'text' | 'date' = 'text') => (
    <Field
      id={id}
      label={label}
      hint={hint}
      error={errorFor(id)}
      type={type}
      value={values[key]}
      onInput={(value) => setValues({ ...values, [key]: value })}
    />
  );

  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-assessment-title" class="card">
      <h2 id="new-assessment-title">New assessment</h2>
      <ErrorSummary errors={errors} focusRef={summaryRef} />
      {field('new-name', 'name', 'Name', 'For example the team and the quarter: “Platform team, Q1 2027”.')}
      {field('new-organisation', 'organisation', 'Organisation (optional)')}
      {field('new-team', 'team', 'Team or unit (optional)')}
      {field('new-respondent', 'respondentName', 'Your name (optional)')}
      {field('new-role', 'respondentRole', 'Your role (optional)', 'For example head of data science, CTO, ML engineer.')}
      {field('new-date', 'date', 'Date the assessment describes', undefined, 'date')}
      <div class="actions">
        <button type="submit" disabled={busy}>
          Create and start answering
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
