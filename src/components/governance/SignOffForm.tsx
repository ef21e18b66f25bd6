import { useEffect, useState } from 'preact/hooks';
import { decisions, type Decision } from '../../schemas/enums';
import type { ReviewProgress } from '../../lib/governance/reviewState';
import { decisionLabels } from '../../lib/governance/labels';
import { todayIso } from '../../lib/ids';
import { signOff, type SignOffDraft } from '../../stores/governance/decision';
import { useFormErrors } from '../form/useFormErrors';
import { useSubmit } from '../form/useSubmit';
import { limits } from '../../schemas/limits';
import { Field } from '../Field';
import { FormActions } from '../form/FormActions';
import { RadioGroup } from '../form/RadioGroup';

interface Props {
  reviewer: string;
  progress: ReviewProgress;
  blocking: number;
  onSigned: () => void;
}

const fieldIds: Record<keyof SignOffDraft, string> = {
  reviewerName: 'signoff-name',
  reviewerRole: 'signoff-role',
  decision: 'signoff-decision-approve',
  conditions: 'signoff-conditions',
  date: 'signoff-date',
};

const decisionHints: Record<Decision, string> = {
  approve: 'Every applicable item is answered and nothing blocks release.',
  'approve-with-conditions': 'Release may go ahead once the conditions you write below are met.',
  reject: 'The use case or model must not go ahead as it stands. Can be recorded at any point, with the reason.',
};

/** The decision, who takes it and when. Once recorded, the revision is read-only. */
export function SignOffForm({ reviewer, progress, blocking, onSigned }: Props) {
  const [form, setForm] = useState<SignOffDraft>({
    reviewerName: reviewer,
    reviewerRole: '',
    decision: '',
    conditions: '',
    date: todayIso(),
  });
  const formErrors = useFormErrors();
  const { busy, notice, submit } = useSubmit(formErrors, (field: keyof SignOffDraft) => fieldIds[field]);

  // Until someone types a different name here, the reviewer's name follows the one at the top of the page.
  const [ownName, setOwnName] = useState(false);
  useEffect(() => {
    if (!ownName) setForm((current) => ({ ...current, reviewerName: reviewer }));
  }, [reviewer, ownName]);

  const set = <K extends keyof SignOffDraft>(key: K, value: SignOffDraft[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const errorFor = (key: keyof SignOffDraft) => formErrors.errorFor(fieldIds[key]);

  return (
    <form
      onSubmit={(event) => void submit(event, () => signOff(form), onSigned)}
      noValidate
      class="card signoff-form"
      aria-labelledby="signoff-title"
    >
      <h3 id="signoff-title">Sign off this revision</h3>
      <p>
        {progress.answered} of {progress.applicable} applicable items answered; {blocking} blocking{' '}
        {blocking === 1 ? 'finding' : 'findings'}. After sign-off the revision is read-only; it can be reopened as a new revision.
      </p>
      {formErrors.summary}
      {notice}
      <Field
        id={fieldIds.reviewerName}
        label="Reviewer’s name"
        error={errorFor('reviewerName')}
        value={form.reviewerName}
        autocomplete="name"
        onInput={(value) => {
          setOwnName(true);
          set('reviewerName', value);
        }}
      />
      <Field
        id={fieldIds.reviewerRole}
        label="Reviewer’s role"
        hint="For example AI ethics reviewer, data protection officer, model risk owner."
        error={errorFor('reviewerRole')}
        value={form.reviewerRole}
        onInput={(value) => set('reviewerRole', value)}
      />
      <RadioGroup
        name="signoff-decision"
        legend="Decision"
        error={errorFor('decision')}
        value={form.decision === '' ? null : form.decision}
        onChoose={(decision) => set('decision', decision)}
        options={decisions.map((decision) => ({
          value: decision,
          describedBy: `signoff-decision-${decision}-hint`,
          label: (
            <>
              <strong>{decisionLabels[decision]}</strong>
              <span class="observe" id={`signoff-decision-${decision}-hint`}>
                {decisionHints[decision]}
              </span>
            </>
          ),
        }))}
      >
        {(form.decision === 'approve-with-conditions' || form.decision === 'reject') && (
          <div class="conditional">
            <Field
              id={fieldIds.conditions}
              label={form.decision === 'reject' ? 'Why is it rejected?' : 'Conditions'}
              hint={
                form.decision === 'reject'
                  ? 'What stands in the way, and what would have to change. Markdown is supported.'
                  : 'What must be done, by whom and by when. Markdown is supported.'
              }
              limit={limits.signOff.conditions}
              error={errorFor('conditions')}
              value={form.conditions}
              multiline
              onInput={(value) => set('conditions', value)}
            />
          </div>
        )}
      </RadioGroup>
      <Field
        id={fieldIds.date}
        label="Date of the decision"
        type="date"
        error={errorFor('date')}
        value={form.date}
        onInput={(value) => set('date', value)}
      />
      <FormActions submit="Sign off and lock this revision" busy={busy} />
    </form>
  );
}
