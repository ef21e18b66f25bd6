import { useLayoutEffect, useState } from 'preact/hooks';
import type { Criterion, CriterionWeights } from '../../schemas/backlogContent';
import { criterionIds, type CriterionId } from '../../schemas/enums';
import { checkProfile } from '../../lib/backlog/profileCheck';
import { saveCustomProfile } from '../../stores/backlog/profileEdit';
import { Field } from '../Field';
import { FormActions } from '../form/FormActions';
import { useFormErrors } from '../form/useFormErrors';

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
  const form = useFormErrors();
  const idOf = (field: string) => (field === 'name' ? 'profile-name' : `weight-${field}`);
  useLayoutEffect(() => document.getElementById('profile-name')?.focus(), []);

  async function submit(event: Event) {
    event.preventDefault();
    const checked = checkProfile(name, texts, criteria);
    if (!checked.ok) {
      form.report(checked.problems.map((problem) => ({ field: idOf(problem.field), message: problem.message })));
      return;
    }
    form.clear();
    const saved = await saveCustomProfile({ ...(editing ? { id: editing.id } : {}), name, weights: checked.weights });
    if (saved) onDone();
  }

  return (
    <form class="card profile-form" onSubmit={submit} noValidate aria-labelledby="profile-form-title">
      <h3 id="profile-form-title">{editing ? `Edit “${editing.name}”` : 'New custom profile'}</h3>
      {form.summary}
      <Field id="profile-name" label="Profile name" value={name} error={form.errorFor('profile-name')} onInput={setName} />
      <fieldset aria-describedby="weights-hint">
        <legend>Weights</legend>
        <p class="hint" id="weights-hint">
          From 0 (ignored) to 10. Only the proportions matter: 2, 2, 4, 1, 1 ranks exactly like 1, 1, 2, 0.5, 0.5. Decimals may
          use a point or a comma.
        </p>
        <div class="weight-inputs">
          {criteria.map((criterion) => {
            const field = idOf(criterion.id);
            return (
              <Field
                key={criterion.id}
                id={field}
                label={criterion.title}
                inputMode="decimal"
                inputClass="narrow"
                value={texts[criterion.id]}
                error={form.errorFor(field)}
                onInput={(value) => setTexts({ ...texts, [criterion.id]: value })}
              />
            );
          })}
        </div>
      </fieldset>
      <FormActions submit={editing ? 'Save profile' : 'Create and use profile'} onCancel={onDone} />
    </form>
  );
}
