import type { Comparison } from '../../lib/compare';
import type { Milestone } from '../../schemas/assessment';
import type { Questionnaire } from '../../schemas/questionnaire';
import { formatDate } from '../format';
import { ScoreChangeTable } from './ScoreChangeTable';

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
      <ScoreChangeTable
        caption="Score per dimension then and now"
        beforeLabel="Milestone"
        rows={[
          ...comparison.dimensions.map((row) => ({
            ...row,
            title: questionnaire.dimensions.find((d) => d.id === row.dimension)?.title ?? row.dimension,
          })),
          { title: 'Overall', ...comparison.overall },
        ]}
      />
    </div>
  );
}
