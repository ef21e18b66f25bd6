import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { Criterion } from '../../schemas/backlogContent';
import type { Capability } from '../../schemas/questionnaire';
import { $ratings } from '../../stores/backlog/backlog';
import { addRater, removeRater } from '../../stores/backlog/ratings';
import { formatMedian } from './format';
import { DataTable } from '../DataTable';
import { useLazy } from '../useLazy';
import { Field } from '../Field';
import { focusById } from '../focus';
import { ConfirmAction } from '../form/ConfirmAction';
import { useFormErrors } from '../form/useFormErrors';
import { checkRaterName } from '../../lib/backlog/raterCheck';
import { limits } from '../../schemas/limits';

interface Props {
  criteria: Criterion[];
  useCaseId: string;
  /** What scoring needs of the questionnaire, for the platform maturity shown beside feasibility. */
  capabilities: Pick<Capability, 'id' | 'dimension' | 'weight'>[];
}

/** The rating form and the platform context it shows arrive together, when a rater's form first opens. */
async function loadRatingForm(capabilities: Props['capabilities']) {
  const [form, context] = await Promise.all([import('./RatingForm'), import('../../stores/backlog/platformContext')]);
  void context.loadPlatformContext(capabilities);
  return form;
}

/** Who rated the use case and how; one rater's form open at a time. */
export function RatingsPanel({ criteria, useCaseId, capabilities }: Props) {
  const all = useStore($ratings);
  const ratings = all.filter((rating) => rating.useCaseId === useCaseId).sort((a, b) => a.raterName.localeCompare(b.raterName));
  const [selected, setSelected] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const form = useFormErrors();
  const current = ratings.find((rating) => rating.id === selected) ?? null;
  const lazyForm = useLazy(() => loadRatingForm(capabilities), current !== null);

  // A rater named in the address (just after "Add and start rating") starts rating at once.
  useEffect(() => {
    const rater = new URLSearchParams(window.location.search).get('rater');
    if (rater) open(rater);
  }, []);

  function open(ratingId: string) {
    setSelected(ratingId);
    focusById(`rating-${ratingId}-title`);
  }

  async function add(event: Event) {
    event.preventDefault();
    const problem = checkRaterName(
      name,
      ratings.map((rating) => rating.raterName),
    );
    if (form.report(problem ? [{ field: 'rater-name', message: problem }] : [])) return;
    const created = await addRater(useCaseId, name, role);
    if (created) {
      open(created.id);
      setName('');
      setRole('');
    }
  }

  return (
    <section aria-labelledby="ratings-title" id="ratings">
      <h2 id="ratings-title" tabIndex={-1}>
        Ratings
      </h2>
      {ratings.length === 0 ? (
        <p>Nobody has rated this use case yet. Add yourself as a rater to start; colleagues can add themselves too.</p>
      ) : (
        <DataTable
          caption="Ratings per rater (1 to 5; for cost and time to market, 1 is cheapest or fastest)"
          columns={[{ label: 'Rater' }, ...criteria.map((criterion) => ({ label: criterion.title, numeric: true }))]}
        >
          <tbody>
            {ratings.map((rating) => (
              <tr key={rating.id}>
                <th scope="row">
                  {rating.raterName}
                  {rating.raterRole && <span class="sub">{rating.raterRole}</span>}
                </th>
                {criteria.map((criterion) => (
                  <td class="num" key={criterion.id}>
                    {formatMedian(rating.scores[criterion.id])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}

      {ratings.length > 0 && (
        <>
          <h3 id="rate-as-title">Rate as</h3>
          <ul class="rater-tabs" aria-labelledby="rate-as-title">
            {ratings.map((rating) => (
              <li key={rating.id}>
                <button
                  type="button"
                  class="secondary"
                  aria-pressed={rating.id === selected}
                  onClick={() => (rating.id === selected ? setSelected(null) : open(rating.id))}
                >
                  {rating.raterName}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

      {current && (
        <div class="card">
          <h3 id={`rating-${current.id}-title`} tabIndex={-1}>
            Ratings by {current.raterName}
          </h3>
          <p class="hint">
            Each choice is saved at once. Pick the description that matches what is true today, not what is planned.
          </p>
          {lazyForm ? <lazyForm.RatingForm criteria={criteria} rating={current} /> : <p role="status">Opening the form…</p>}
          <div class="actions">
            <button type="button" class="secondary" onClick={() => setSelected(null)}>
              Done
            </button>
            <ConfirmAction
              id="remove-rater"
              trigger="Remove this rater…"
              question={`Remove ${current.raterName} and their ratings from this use case?`}
              confirm="Yes, remove the rater"
              keep="Keep"
              onConfirm={() => removeRater(current.id).then(() => setSelected(null))}
              focusAfter="ratings-title"
            />
          </div>
        </div>
      )}

      <form class="add-rater" onSubmit={add} noValidate aria-labelledby="add-rater-title">
        <h3 id="add-rater-title">Add a rater</h3>
        {form.summary}
        <div class="field-pair">
          <Field id="rater-name" label="Name" value={name} error={form.errorFor('rater-name')} onInput={setName} />
          <Field id="rater-role" label="Role (optional)" value={role} limit={limits.rating.raterRole} onInput={setRole} />
        </div>
        <div class="actions">
          <button type="submit">Add rater and rate</button>
        </div>
      </form>
    </section>
  );
}
