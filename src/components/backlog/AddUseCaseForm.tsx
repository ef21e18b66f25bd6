import { useRef, useState } from 'preact/hooks';
import { addUseCase, parseTags, statusBlock } from '../../stores/backlog/edit';
import { ErrorSummary, type FieldError } from '../ErrorSummary';
import { useCaseUrl } from './format';
import { UseCaseFields, type UseCaseValues } from './UseCaseFields';
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

/** Checks the draft the way the schema will, in words that say how to fix each problem. */
export function checkUseCase(values: UseCaseValues, useCaseId: string | null): Partial<Record<keyof UseCaseValues, string>> {
  const errors: Partial<Record<keyof UseCaseValues, string>> = {};
  if (values.title.trim() === '') errors.title = 'Enter a title for the use case';
  else if (values.title.trim().length > 160) errors.title = 'Shorten the title to 160 characters or fewer';
  if (values.sponsor.trim().length > 120) errors.sponsor = 'Shorten the sponsor to 120 characters or fewer';
  if (values.businessUnit.trim().length > 120) errors.businessUnit = 'Shorten the business unit to 120 characters or fewer';
  const tags = parseTags(values.tags);
  if (tags.length > 20) errors.tags = 'Use at most 20 tags';
  else if (tags.some((tag) => tag.length > 40)) errors.tags = 'Keep each tag to 40 characters or fewer';
  const blocked = statusBlock(useCaseId, values.riskTier, values.status);
  if (blocked) errors.status = blocked;
  return errors;
}

/** "Add a use case": one short form, then on to rating it. */
export function AddUseCaseForm({ onCancel }: Props) {
  const [values, setValues] = useState<UseCaseValues>(blank);
  const [errors, setErrors] = useState<Partial<Record<keyof UseCaseValues, string>>>({});
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  async function submit(event: Event) {
    event.preventDefault();
    const found = checkUseCase(values, null);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setBusy(true);
    const created = await addUseCase({ ...values, tags: parseTags(values.tags) });
    setBusy(false);
    if (created) window.location.assign(`${useCaseUrl(created.id)}#ratings`);
  }

  const summary: FieldError[] = Object.entries(errors).map(([key, message]) => ({ field: `add-${key}`, message }));
  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-use-case-heading" class="card add-use-case">
      <h2 id="add-use-case-heading">Add a use case</h2>
      <p class="hint">Only the title is required. You rate the use case on the next page.</p>
      <ErrorSummary errors={summary} focusRef={summaryRef} />
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
      <div class="actions">
        <button type="submit" disabled={busy}>
          Add and start rating
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
