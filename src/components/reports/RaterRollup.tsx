import { useStore } from '@nanostores/preact';
import { compareLabels } from '../../lib/reports/respondents';
import { $reportContent } from '../../stores/reports/content';
import { $ratingsRollup } from '../../stores/reports/team';
import { formatMedian, plural } from '../backlog/format';
import { DataTable } from '../DataTable';

/** Every criterion on which a use case's raters are 2 or more points apart, with each rater's score. */
export function RaterRollup() {
  const rows = useStore($ratingsRollup);
  const { criteria } = useStore($reportContent);
  const title = (id: string) => criteria.find((criterion) => criterion.id === id)?.title ?? id;
  if (rows.length === 0) return <p>No use case has been rated yet.</p>;
  const split = rows.filter((row) => row.aggregate.disagreements.length > 0);
  const raters = [...new Set(split.flatMap((row) => row.raters.map((rater) => rater.label)))].sort(compareLabels);
  const roles = new Map(split.flatMap((row) => row.raters.map((rater) => [rater.label, rater.role] as const)));
  return (
    <>
      <p>
        {plural(split.length, 'rated use case has', 'rated use cases have')} raters 2 or more points apart on a criterion;{' '}
        {plural(rows.length - split.length, 'other agrees', 'others agree')} within a point. Scores run from 1 to 5; for cost and
        time to market a low score is better.
      </p>
      {split.length > 0 && (
        <DataTable
          caption="Where raters disagree, use case by use case"
          class="rater-table"
          columns={[
            { label: 'Use case and criterion' },
            ...raters.map((label) => ({
              label: (
                <>
                  {label}
                  {roles.get(label) && <span class="observe">{roles.get(label)}</span>}
                </>
              ),
              numeric: true,
            })),
            { label: 'Median', numeric: true },
          ]}
        >
          {split.map((row) => (
            <tbody key={row.useCaseId}>
              {row.aggregate.stats
                .filter((stat) => stat.disagreement)
                .map((stat, index) => (
                  <tr key={stat.criterionId} class={index === 0 ? 'group-start' : undefined}>
                    <th scope="row">
                      {index === 0 ? (
                        <span class="use-case-name">{row.title}</span>
                      ) : (
                        <span class="visually-hidden">{row.title}: </span>
                      )}
                      {title(stat.criterionId)}
                    </th>
                    {raters.map((label) => (
                      <td class="num" key={label}>
                        {row.raters.find((rater) => rater.label === label)?.scores[stat.criterionId] ?? '—'}
                      </td>
                    ))}
                    <td class="num">{formatMedian(stat.median)}</td>
                  </tr>
                ))}
            </tbody>
          ))}
        </DataTable>
      )}
    </>
  );
}
