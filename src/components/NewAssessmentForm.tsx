import { useLayoutEffect, useState } from 'preact/hooks';
import type { QuestionnaireRef } from '../schemas/assessment';
import { limits } from '../schemas/limits';
import { createAssessment, type NewAssessment } from '../stores/assessment/assessments';
import { checkAssessment } from '../lib/assessmentCheck';
import { todayIso } from '../lib/ids';
import { invitedName, type Invite } from '../lib/reports/invite';
import { Field } from './Field';
import { problemsToErrors, useFormErrors } from './form/useFormErrors';
import { answerUrl } from './urls';
import { FormActions } from './form/FormActions';

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
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();
  const ids: Record<keyof NewAssessment, string> = {
    name: 'new-name',
    organisation: 'new-organisation',
    team: 'new-team',
    round: 'new-round',
    respondentName: 'new-respondent',
    respondentRole: 'new-role',
    date: 'new-date',
  };

  // The form opens with focus where the person will type: the first field, or for an invited
  // respondent, who has only their name and role left to give, their name.
  useLayoutEffect(() => document.getElementById(invite ? ids.respondentName : ids.name)?.focus(), []);

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
      {form.summary}
      {field('name', 'Name', 'For example the team and the quarter: “Platform team, Q1 2027”.')}
      {field('organisation', 'Organisation (optional)')}
      {field('team', 'Team or unit (optional)')}
      {field(
        'round',
        'Survey round (optional)',
        'Answers of the same round are rolled up together on the Reports page, for example “2026 Q4 survey”.',
      )}
      {field('respondentName', 'Your name (optional)')}
      {field('respondentRole', 'Your role (optional)', 'For example head of data science, CTO, ML engineer.')}
      {field('date', 'Date the assessment describes', undefined, 'date')}
      <FormActions submit="Create and start answering" busy={busy} onCancel={onCancel} />
    </form>
  );
}
