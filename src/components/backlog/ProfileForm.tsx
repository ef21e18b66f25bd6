import { useRef, useState } from 'preact/hooks';
import type { Criterion, CriterionWeights } from '../../schemas/backlogContent';
import { criterionIds, type CriterionId } from '../../schemas/enums';
import { parseDecimal } from '../../lib/numbers';
import { saveCustomProfile } from '../../stores/backlog/profiles';
import { ErrorSummary, type FieldError } from '../ErrorSummary';

interface Props {
  criteria: Criterion[];
  /** The profile being edited, or null to make a new one starting from `start`. */
  editing: { id: string; name: string } | null;
  start: CriterionWeights;
  onDone: () => void;
}

const numberText = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2, useGrouping: false });

/** Makes or edits a custom weight profile: a name and five weights from 0 to 10. */
export function ProfileForm({ criteria, editing, start, onDone }: Props) {
  const [name, setName] = useState(editing?.name ?? '');
  const [texts, setTexts] = useState<Record<CriterionId, string>>(
    Object.fromEntries(criterionIds.map((id) => [id, numberText.format(start[id])])) as Record<CriterionId, string>,
  );
  const [errors, setErrors] = useState<FieldError[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);

  async function submit(event: Event) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (name.trim() === '') found.push({ field: 'profile-name', message: 'Enter a name for the profile' });
    else if (name.trim().length > 80)
      found.push({ field: 'profile-name', message: 'Shorten the name to 80 characters or fewer' });
    const weights = {} as CriterionWeights;
    for (const criterion of criteria) {
      const value = parseDecimal(texts[criterion.id]);
      if (value === null || value < 0 || value > 10) {
        found.push({
          field: `weight-${criterion.id}`,
          message: `Enter a weight from 0 to 10 for ${criterion.title.toLowerCase()}, for example 1.5 or 1,5`,
        });
      } else weights[criterion.id] = value;
    }
    if (found.length === 0 && criterionIds.every((id) => weights[id] === 0)) {
      found.push({
        field: `weight-${criteria[0]?.id ?? 'data-availability'}`,
        message: 'Give at least one criterion a weight above 0',
      });
    }
    setErrors(found);
    if (found.length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    const saved = await saveCustomProfile({ ...(editing ? { id: editing.id } : {}), name, weights });
    if (saved) onDone();
  }

  const errorFor = (field: string) => errors.find((error) => error.field === field)?.message;
  return (
    <form class="card profile-form" onSubmit={submit} noValidate aria-labelledby="profile-form-title">
      <h3 id="profile-form-title">{editing ? `Edit “${editing.name}”` : 'New custom profile'}</h3>
      <ErrorSummary errors={errors} focusRef={summaryRef} />
      <div class="field">
        <label for="profile-name">Profile name</label>
        {errorFor('profile-name') && (
          <p class="error-text" id="profile-name-error">
            {errorFor('profile-name')}
          </p>
        )}
        <input
          id="profile-name"
          type="text"
          value={name}
          aria-invalid={errorFor('profile-name') ? true : undefined}
          aria-describedby={errorFor('profile-name') ? 'profile-name-error' : undefined}
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </div>
      <fieldset>
        <legend>Weights</legend>
        <p class="hint" id="weights-hint">
          From 0 (ignored) to 10. Only the proportions matter: 2, 2, 4, 1, 1 ranks exactly like 1, 1, 2, 0.5, 0.5. Decimals may
          use a point or a comma.
        </p>
        <div class="weight-inputs">
          {criteria.map((criterion) => {
            const field = `weight-${criterion.id}`;
            const error = errorFor(field);
            return (
              <div class="field" key={criterion.id}>
                <label for={field}>{criterion.title}</label>
                {error && (
                  <p class="error-text" id={`${field}-error`}>
                    {error}
                  </p>
                )}
                <input
                  id={field}
                  type="text"
                  inputMode="decimal"
                  class="narrow"
                  value={texts[criterion.id]}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={['weights-hint', error ? `${field}-error` : ''].filter(Boolean).join(' ')}
                  onInput={(event) => setTexts({ ...texts, [criterion.id]: event.currentTarget.value })}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit">{editing ? 'Save profile' : 'Create and use profile'}</button>
        <button type="button" class="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
