import { useStore } from '@nanostores/preact';
import { criterionIds } from '../../schemas/enums';
import { $criteria } from '../../stores/backlog/backlog';
import { $ratingsRollup } from '../../stores/reports/team';
import { formatMedian, plural } from '../backlog/format';

/** Use cases whose raters are 2 or more points apart on a criterion, with every rater's scores. */
export function RaterRollup() {
  const rows = useStore($ratingsRollup);
  const criteria = useStore($criteria);
  const title = (id: string) => criteria.find((criterion) => criterion.id === id)?.title ?? id;
  const split = rows.filter((row) => row.aggregate.disagreements.length > 0);
  if (rows.length === 0) return <p>No use case has been rated yet.</p>;
  return (
    <>
      <p>
        {plural(split.length, 'rated use case has', 'rated use cases have')} raters 2 or more points apart on a criterion;{' '}
        {plural(rows.length - split.length, 'other agrees', 'others agree')} within a point. Scores run from 1 to 5; for cost and
        time to market a low score is better.
      </p>
      {split.map((row) => (
        <div class="table-wrap keep-together" key={row.useCaseId}>
          <table>
            <caption>{row.title}</caption>
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                {row.raters.map((rater) => (
                  <th scope="col" class="num" key={rater.label}>
                    {rater.label}
                    {rater.role && <span class="observe">{rater.role}</span>}
                  </th>
                ))}
                <th scope="col" class="num">
                  Median
                </th>
              </tr>
            </thead>
            <tbody>
              {criterionIds.map((id) => {
                const stat = row.aggregate.stats.find((item) => item.criterionId === id);
                return (
                  <tr key={id} class={stat?.disagreement ? 'flagged' : undefined}>
                    <th scope="row">
                      {title(id)}
                      {stat?.disagreement && <span class="flag">Disagreement</span>}
                    </th>
                    {row.raters.map((rater) => (
                      <td class="num" key={rater.label}>
                        {rater.scores[id] ?? '—'}
                      </td>
                    ))}
                    <td class="num">{formatMedian(stat?.median)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
