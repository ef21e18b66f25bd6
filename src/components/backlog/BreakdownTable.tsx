import type { Criterion } from '../../schemas/backlogContent';
import type { Evaluation } from '../../lib/backlog/evaluate';
import { formatMedian, formatPoints } from './format';
import { DataTable } from '../DataTable';

interface Props {
  criteria: Criterion[];
  evaluation: Evaluation;
  profileName: string;
}

/** Median and spread per criterion, with the disagreement flag, and the points each adds to the score. */
export function BreakdownTable({ criteria, evaluation, profileName }: Props) {
  const totalWeight = evaluation.weighted.contributions.reduce(
    (sum, item) => sum + (item.value === null ? 0 : Math.max(0, item.weight)),
    0,
  );
  // The most a criterion can add: its share of the rated weight, when rated 5 (or 1 if inverted).
  const possible = (weight: number) => (totalWeight === 0 ? 0 : (Math.max(0, weight) / totalWeight) * 100);
  return (
    <DataTable
      caption={<>Median, spread and score breakdown under “{profileName}”</>}
      columns={[
        { label: 'Criterion' },
        { label: 'Raters', numeric: true },
        { label: 'Median', numeric: true },
        { label: 'Spread', numeric: true },
        { label: 'Counts as', numeric: true },
        { label: 'Weight', numeric: true },
        { label: 'Points', numeric: true },
      ]}
    >
      <tbody>
        {criteria.map((criterion) => {
          const stat = evaluation.aggregate.stats.find((item) => item.criterionId === criterion.id);
          const part = evaluation.weighted.contributions.find((item) => item.criterionId === criterion.id);
          return (
            <tr key={criterion.id}>
              <th scope="row">
                {criterion.title}
                {criterion.inverted && <span class="sub">inverted: counts as 6 − median</span>}
              </th>
              <td class="num">{stat?.raters ?? 0}</td>
              <td class="num">{formatMedian(stat?.median)}</td>
              <td class="num">
                {stat?.spread === null || stat === undefined ? (
                  '—'
                ) : stat.disagreement ? (
                  <span class="spread disagree">
                    {stat.spread} <span class="badge disagree">discuss</span>
                  </span>
                ) : (
                  stat.spread
                )}
              </td>
              <td class="num">{formatMedian(part?.value)}</td>
              <td class="num">{formatMedian(part?.weight)}</td>
              <td class="num">
                {part?.points === null || part === undefined ? (
                  <span class="muted">not rated</span>
                ) : (
                  <>
                    <meter min={0} max={possible(part.weight)} value={part.points} aria-hidden="true" />{' '}
                    {formatPoints(part.points)} <span class="muted">of {formatPoints(possible(part.weight))}</span>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={6}>
            Score (0 to 100){totalWeight > 0 && evaluation.weighted.completeness < 1 ? ', from the rated criteria only' : ''}
          </th>
          <td class="num">
            <strong>{formatPoints(evaluation.weighted.score)}</strong>
          </td>
        </tr>
      </tfoot>
    </DataTable>
  );
}
