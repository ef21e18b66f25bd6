import { useStore } from '@nanostores/preact';
import type { Criterion } from '../../schemas/backlogContent';
import { $rankChanges } from '../../stores/backlog/changes';
import { $baseline, clearBaseline } from '../../stores/backlog/ranking';
import { formatPoints, formatSignedPoints, useCaseUrl } from './format';

interface Props {
  criteria: Criterion[];
}

/** After a change of profile, weights or rating: which use cases moved, and the criteria that moved them. */
export function RankChanges({ criteria }: Props) {
  const baseline = useStore($baseline);
  const changes = useStore($rankChanges);
  if (!baseline) return null;
  const title = (id: string) => criteria.find((criterion) => criterion.id === id)?.title.toLowerCase() ?? id;
  return (
    <section class="notice rank-changes" aria-labelledby="changes-title" aria-live="polite">
      <h2 id="changes-title">What moved</h2>
      {changes.length === 0 ? (
        <p>No use case changed rank compared with the ranking {baseline.label}.</p>
      ) : (
        <>
          <p>Compared with the ranking {baseline.label}, the biggest moves:</p>
          <ul class="moves">
            {changes.map((change) => {
              const up = change.after < change.before;
              return (
                <li key={change.id}>
                  <span class={`movement ${up ? 'up' : 'down'}`}>
                    <span aria-hidden="true">{up ? '▲' : '▼'}</span> {up ? 'up' : 'down'} {Math.abs(change.before - change.after)}
                  </span>{' '}
                  <a href={useCaseUrl(change.id)}>{change.title}</a>: rank {change.before} → {change.after}, score{' '}
                  {formatPoints(change.scoreBefore)} → {formatPoints(change.scoreAfter)}
                  {change.reasons.length > 0 && (
                    <>
                      {' '}
                      (
                      {change.reasons
                        .map((reason) => `${title(reason.criterionId)} ${formatSignedPoints(reason.change)}`)
                        .join(', ')}{' '}
                      points)
                    </>
                  )}
                  .
                </li>
              );
            })}
          </ul>
          <p class="hint">
            Each criterion adds its share of the total weight × (rating − 1) ÷ 4 × 100 points, so a criterion gains points when it
            weighs more or is rated higher. Ranks of use cases that did not move enough to list show in the “Change” column.
          </p>
        </>
      )}
      <div class="actions">
        <button type="button" class="secondary" onClick={clearBaseline}>
          Hide the comparison
        </button>
      </div>
    </section>
  );
}
