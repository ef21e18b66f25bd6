import { useStore } from '@nanostores/preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { checkRaterName } from '../../lib/backlog/raterCheck';
import { $raterName, addRater, loadRaterName } from '../../stores/backlog/ratings';
import { Field } from '../Field';
import { problemsToErrors, useFormErrors } from '../form/useFormErrors';
import { checkUseCase, parseTags } from '../../lib/backlog/useCaseCheck';
import { addUseCase, statusBlock } from '../../stores/backlog/edit';
import { useCaseUrl } from './format';
import { UseCaseFields, type UseCaseValues } from './UseCaseFields';
import { FormActions } from '../form/FormActions';
import { withBase } from '../urls';

interface Props {
  onCancel: () => void;
}

const blank: UseCaseValues = {
  title: '',
  description: '',
  sponsor: '',
  businessUnit: '',
  family: 'other',
  status: 'idea',
  dataClassification: 'confidential',
  riskTier: 'medium',
  tags: '',
};

/** "Add a use case": one short form, then on to rating it. */
export function AddUseCaseForm({ onCancel }: Props) {
  const [values, setValues] = useState<UseCaseValues>(blank);
  const [errors, setErrors] = useState<Partial<Record<keyof UseCaseValues | 'status', string>>>({});
  const remembered = useStore($raterName);
  const [rater, setRater] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();
  const raterName = rater ?? remembered;

  // The form opens with focus on the title, where the person will type; the rater is the one last named here.
  useLayoutEffect(() => document.getElementById('add-title')?.focus(), []);
  useEffect(() => void loadRaterName(), []);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const found = checkUseCase(values, statusBlock(null, values.riskTier, values.status));
    const raterProblem = raterName.trim() === '' ? null : checkRaterName(raterName, []);
    setErrors(found);
    const problems = problemsToErrors(found, (key) => `add-${key}`);
    if (raterProblem) problems.push({ field: 'add-rater', message: raterProblem });
    if (form.report(problems)) return;
    setBusy(true);
    const created = await addUseCase({ ...values, tags: parseTags(values.tags) });
    const rating = created && raterName.trim() !== '' ? await addRater(created.id, raterName, '') : undefined;
    setBusy(false);
    if (created)
      window.location.assign(`${useCaseUrl(created.id)}${rating ? `&rater=${encodeURIComponent(rating.id)}` : ''}#ratings`);
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-use-case-heading" class="card add-use-case">
      <h2 id="add-use-case-heading">Add a use case</h2>
      <p class="hint">Only the title is required. You rate the use case straight after, one criterion at a time.</p>
      {form.summary}
      <UseCaseFields
        idPrefix="add"
        values={values}
        errors={errors}
        onChange={(key, value) => setValues((current) => ({ ...current, [key]: value }))}
        statusNotice={
          errors.status ? (
            <p class="hint">
              See the <a href={withBase('/governance/')}>governance reviews</a>.
            </p>
          ) : null
        }
      />
      <Field
        id="add-rater"
        label="Rate it as (optional)"
        hint="Your name as a rater. Leave it empty to rate later or let others rate first."
        value={raterName}
        error={form.errorFor('add-rater')}
        onInput={setRater}
      />
      <FormActions submit="Add and start rating" busy={busy} onCancel={onCancel} />
    </form>
  );
}
