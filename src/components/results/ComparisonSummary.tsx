import type { Comparison } from '../../lib/compare';
import type { Milestone } from '../../schemas/assessment';
import type { Questionnaire } from '../../schemas/questionnaire';
import { formatDate, formatDelta, formatScore } from '../format';
import { DataTable } from '../DataTable';

interface Props {
  questionnaire: Questionnaire;
  comparison: Comparison;
  milestone: Milestone;
}

/** How the scores moved since a milestone, per dimension and overall. */
export function ComparisonSummary({ questionnaire, comparison, milestone }: Props) {
  const { counts } = comparison;
  return (
    <div class="comparison">
      <h3>
        Since “{milestone.name}” ({formatDate(milestone.date)})
      </h3>
      <p>
        Capabilities since then: <strong>{counts.up} up</strong>, <strong>{counts.down} down</strong>, {counts.same} unchanged
        {counts.changed > 0
          ? `, ${counts.changed} with a different kind of answer (for example “don't know” then, a level now)`
          : ''}
        .
      </p>
      <DataTable
        caption="Score per dimension then and now"
        columns={[
          { label: 'Dimension' },
          { label: 'Milestone', numeric: true },
          { label: 'Now', numeric: true },
          { label: 'Change', numeric: true },
        ]}
      >
        <tbody>
          {comparison.dimensions.map((row) => (
            <tr key={row.dimension}>
              <th scope="row">{questionnaire.dimensions.find((d) => d.id === row.dimension)?.title ?? row.dimension}</th>
              <td class="num">{formatScore(row.before)}</td>
              <td class="num">{formatScore(row.after)}</td>
              <td class="num">{formatDelta(row.delta)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Overall</th>
            <td class="num">{formatScore(comparison.overall.before)}</td>
            <td class="num">{formatScore(comparison.overall.after)}</td>
            <td class="num">{formatDelta(comparison.overall.delta)}</td>
          </tr>
        </tbody>
      </DataTable>
    </div>
  );
}
