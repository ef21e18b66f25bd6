import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuestionnaireRef } from '../schemas/assessment';
import { createAssessment, type NewAssessment } from '../stores/assessment/assessments';
import { todayIso } from '../lib/ids';
import { invitedName, type Invite } from '../lib/reports/invite';
import { ErrorSummary, type FieldError } from './ErrorSummary';
import { Field } from './Field';
import { answerUrl } from './urls';

interface Props {
  questionnaire: QuestionnaireRef;
  onCancel: () => void;
  /** Set when the page was opened from a facilitator's link: round, team and questionnaire come preset. */
  invite?: Invite | null;
}

export function NewAssessmentForm({ questionnaire, onCancel, invite = null }: Props) {
  const fallbackName = `Assessment ${todayIso()}`;
  const [values, setValues] = useState<NewAssessment>({
    name: invite ? invitedName(invite, fallbackName) : fallbackName,
    organisation: invite?.organisation ?? '',
    team: invite?.team ?? '',
    round: invite?.round ?? '',
    respondentName: '',
    respondentRole: '',
    date: todayIso(),
  });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  // An invited respondent has only their name and role left to give, so start there.
  useEffect(() => {
    if (invite) document.getElementById('new-respondent')?.focus();
  }, []);

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
  const otherQuestionnaire = invite && invite.questionnaireId !== '' && invite.questionnaireId !== questionnaire.id;

  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-assessment-title" class="card">
      <h2 id="new-assessment-title">New assessment</h2>
      {invite && (
        <div class="notice" id="invite-notice">
          <p>
            <strong>You were invited to answer a survey.</strong> The link has set:
          </p>
          <ul>
            <li>Survey round: {invite.round || 'none'}</li>
            <li>Team: {invite.team || 'none'}</li>
            {invite.organisation && <li>Organisation: {invite.organisation}</li>}
            <li>
              Questionnaire: {questionnaire.id}, version {questionnaire.version}
            </li>
          </ul>
          <p>
            Add your name and role, answer, then export your assessment and send the file back to whoever shared the link. Your
            answers stay in this browser until you do.
          </p>
          {otherQuestionnaire && (
            <p class="error-text">
              The link asks for the questionnaire “{invite.questionnaireId}”, but this portal offers “{questionnaire.id}”. Check
              with whoever sent the link before you start.
            </p>
          )}
        </div>
      )}
      <ErrorSummary errors={errors} focusRef={summaryRef} />
      {field('new-name', 'name', 'Name', 'For example the team and the quarter: “Platform team, Q1 2027”.')}
      {field('new-organisation', 'organisation', 'Organisation (optional)')}
      {field('new-team', 'team', 'Team or unit (optional)')}
      {field(
        'new-round',
        'round',
        'Survey round (optional)',
        'Answers of the same round are rolled up together on the Reports page, for example “2026 Q4 survey”.',
      )}
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
