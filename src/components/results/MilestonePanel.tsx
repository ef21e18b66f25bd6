import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { todayIso } from '../../lib/ids';
import { $compareWith, $milestones, createMilestone, removeMilestone } from '../../stores/assessment/results';
import { formatDate } from '../format';

/** Freeze the assessment as a named, dated milestone, and choose one to compare with. */
export function MilestonePanel() {
  const milestones = useStore($milestones);
  const compareWith = useStore($compareWith);
  const [name, setName] = useState('');
  const [date, setDate] = useState(todayIso());
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  async function freeze(event: Event) {
    event.preventDefault();
    if (name.trim() === '') {
      setError('Enter a name for the milestone, for example “End of Q1 2027”.');
      document.getElementById('milestone-name')?.focus();
      return;
    }
    setError(null);
    const created = await createMilestone(name, date);
    if (created) setName('');
  }

  return (
    <div class="milestones">
      <form onSubmit={freeze} noValidate class="card no-print" aria-labelledby="freeze-title">
        <h3 id="freeze-title">Freeze a milestone</h3>
        <p class="hint">A milestone is a read-only copy of every answer as it is now. Later you can see what moved since.</p>
        <div class="field">
          <label for="milestone-name">Milestone name</label>
          {error && (
            <p class="error-text" id="milestone-name-error" role="alert">
              {error}
            </p>
          )}
          <input
            id="milestone-name"
            type="text"
            value={name}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'milestone-name-error' : undefined}
            onInput={(event) => setName(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="milestone-date">Milestone date</label>
          <input id="milestone-date" type="date" value={date} onInput={(event) => setDate(event.currentTarget.value)} />
        </div>
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
              <li key={milestone.id}>
                <strong>{milestone.name}</strong> · {formatDate(milestone.date)} ·{' '}
                {milestone.answers.filter((a) => a.state !== null).length} answers <span class="badge">read-only</span>{' '}
                {confirming === milestone.id ? (
                  <span class="no-print">
                    <button
                      type="button"
                      class="danger"
                      onClick={() => void removeMilestone(milestone.id).then(() => setConfirming(null))}
                    >
                      Delete milestone
                    </button>{' '}
                    <button type="button" class="secondary" onClick={() => setConfirming(null)}>
                      Keep
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    class="link no-print"
                    aria-label={`Delete milestone ${milestone.name}`}
                    onClick={() => setConfirming(milestone.id)}
                  >
                    Delete
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
