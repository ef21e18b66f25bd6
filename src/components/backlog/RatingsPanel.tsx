import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { Criterion } from '../../schemas/backlogContent';
import type { Capability } from '../../schemas/questionnaire';
import { $ratings } from '../../stores/backlog/backlog';
import { addRater, removeRater } from '../../stores/backlog/ratings';
import { formatMedian } from './format';
import { DataTable } from '../DataTable';
import { useLazy } from '../useLazy';

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
  const [nameError, setNameError] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const current = ratings.find((rating) => rating.id === selected) ?? null;
  const form = useLazy(() => loadRatingForm(capabilities), current !== null);

  async function add(event: Event) {
    event.preventDefault();
    if (name.trim() === '') {
      setNameError('Enter the rater’s name');
      return;
    }
    if (ratings.some((rating) => rating.raterName.trim().toLowerCase() === name.trim().toLowerCase())) {
      setNameError(`${name.trim()} already rates this use case: choose their name above`);
      return;
    }
    setNameError(null);
    const created = await addRater(useCaseId, name, role);
    if (created) {
      setSelected(created.id);
      setName('');
      setRole('');
    }
  }

  return (
    <section aria-labelledby="ratings-title" id="ratings">
      <h2 id="ratings-title">Ratings</h2>
      {ratings.length === 0 ? (
        <p>Nobody has rated this use case yet. Add yourself as a rater to start; colleagues can add themselves too.</p>
      ) : (
        <DataTable caption="Ratings per rater (1 to 5; for cost and time to market, 1 is cheapest or fastest)">
          <thead>
            <tr>
              <th scope="col">Rater</th>
              {criteria.map((criterion) => (
                <th scope="col" class="num" key={criterion.id}>
                  {criterion.title}
                </th>
              ))}
            </tr>
          </thead>
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
                  onClick={() => setSelected(rating.id === selected ? null : rating.id)}
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
          <h3>Ratings by {current.raterName}</h3>
          <p class="hint">
            Each choice is saved at once. Pick the description that matches what is true today, not what is planned.
          </p>
          {form ? <form.RatingForm criteria={criteria} rating={current} /> : <p role="status">Opening the form…</p>}
          {confirmRemove ? (
            <div class="notice warn" role="alertdialog" aria-labelledby="remove-rater-title">
              <p id="remove-rater-title">Remove {current.raterName} and their ratings from this use case?</p>
              <div class="actions">
                <button
                  type="button"
                  class="danger"
                  onClick={() =>
                    void removeRater(current.id).then(() => {
                      setConfirmRemove(false);
                      setSelected(null);
                    })
                  }
                >
                  Yes, remove the rater
                </button>
                <button type="button" class="secondary" onClick={() => setConfirmRemove(false)}>
                  Keep
                </button>
              </div>
            </div>
          ) : (
            <div class="actions">
              <button type="button" class="secondary" onClick={() => setSelected(null)}>
                Done
              </button>
              <button type="button" class="secondary" onClick={() => setConfirmRemove(true)}>
                Remove this rater…
              </button>
            </div>
          )}
        </div>
      )}

      <form class="add-rater" onSubmit={add} noValidate aria-labelledby="add-rater-title">
        <h3 id="add-rater-title">Add a rater</h3>
        <div class="field-pair">
          <div class="field">
            <label for="rater-name">Name</label>
            {nameError && (
              <p class="error-text" id="rater-name-error">
                {nameError}
              </p>
            )}
            <input
              id="rater-name"
              type="text"
              value={name}
              aria-invalid={nameError ? true : undefined}
              aria-describedby={nameError ? 'rater-name-error' : undefined}
              onInput={(event) => setName(event.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="rater-role">Role (optional)</label>
            <input id="rater-role" type="text" value={role} onInput={(event) => setRole(event.currentTarget.value)} />
          </div>
        </div>
        <div class="actions">
          <button type="submit">Add rater and rate</button>
        </div>
      </form>
    </section>
  );
}
