import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { checkMilestoneName } from '../../lib/assessmentCheck';
import { todayIso } from '../../lib/ids';
import { Field } from '../Field';
import { ConfirmAction } from '../form/ConfirmAction';
import { useFormErrors } from '../form/useFormErrors';
import { $compareWith, $milestones, createMilestone, removeMilestone } from '../../stores/assessment/results';
import { formatDate } from '../format';

/** Freeze the assessment as a named, dated milestone, and choose one to compare with. */
export function MilestonePanel() {
  const milestones = useStore($milestones);
  const compareWith = useStore($compareWith);
  const [name, setName] = useState('');
  const [date, setDate] = useState(todayIso());
  const form = useFormErrors();

  async function freeze(event: Event) {
    event.preventDefault();
    const problem = checkMilestoneName(name);
    if (form.report(problem ? [{ field: 'milestone-name', message: problem }] : [])) return;
    const created = await createMilestone(name, date);
    if (created) {
      setName('');
      // Focus goes to the milestone that appeared.
      requestAnimationFrame(() => document.getElementById(`milestone-${created.id}`)?.focus());
    }
  }

  return (
    <div class="milestones">
      <form onSubmit={freeze} noValidate class="card no-print" aria-labelledby="freeze-title">
        <h3 id="freeze-title" tabIndex={-1}>
          Freeze a milestone
        </h3>
        <p class="hint">A milestone is a read-only copy of every answer as it is now. Later you can see what moved since.</p>
        {form.summary}
        <Field
          id="milestone-name"
          label="Milestone name"
          value={name}
          error={form.errorFor('milestone-name')}
          onInput={setName}
        />
        <Field id="milestone-date" label="Milestone date" type="date" value={date} onInput={setDate} />
        <button type="submit">Freeze milestone</button>
      </form>

      {milestones.length === 0 ? (
        <p class="muted">No milestones yet.</p>
      ) : (
        <>
          <div class="field no-print">
            <label for="compare-with">Compare with</label>
            <select
              id="compare-with"
              value={compareWith ?? ''}
              onChange={(event) => $compareWith.set(event.currentTarget.value || null)}
            >
              <option value="">No comparison</option>
              {milestones.map((milestone) => (
                <option key={milestone.id} value={milestone.id}>
                  {milestone.name} ({formatDate(milestone.date)})
                </option>
              ))}
            </select>
          </div>
          <ul class="milestone-list">
            {milestones.map((milestone) => (
              <li key={milestone.id} id={`milestone-${milestone.id}`} tabIndex={-1}>
                <strong>{milestone.name}</strong> · {formatDate(milestone.date)} ·{' '}
                {milestone.answers.filter((a) => a.state !== null).length} answers <span class="badge">read-only</span>{' '}
                <ConfirmAction
                  id={`delete-${milestone.id}`}
                  trigger="Delete"
                  triggerClass="link no-print"
                  triggerLabel={`Delete milestone ${milestone.name}`}
                  question={`Delete the milestone “${milestone.name}”? The assessment itself is not changed.`}
                  confirm="Delete milestone"
                  keep="Keep"
                  class="confirm-inline no-print"
                  onConfirm={() => removeMilestone(milestone.id)}
                  focusAfter="freeze-title"
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
