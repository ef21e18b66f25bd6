import type { TeamSection } from '../../lib/reports/steeringTeam';
import { formatMedian } from '../backlog/format';
import { DataTable } from '../DataTable';

interface Props {
  section: TeamSection;
  id: string;
}

/**
 * Every capability of the round: flagged ones first, then in questionnaire order; the median of
 * the whole organisation and of each team side by side; the spread and the answers without a level.
 */
export function CapabilityRollupTable({ section, id }: Props) {
  const teams = section.columns.slice(1);
  const rows = [...section.capabilities].sort((a, b) => Number(b.disagreement) - Number(a.disagreement));
  return (
    <DataTable
      caption="Per capability: median level, spread and answers without a level"
      id={id}
      class="rollup-table"
      columns={[
        { label: 'Capability' },
        { label: 'Median', numeric: true },
        ...teams.map((team) => ({ label: team.label, numeric: true })),
        ...['Range', 'Levels 0/1/2/3/4', 'Don’t know', 'Not applicable', 'No answer'].map((label) => ({ label, numeric: true })),
      ]}
    >
      <tbody>
        {rows.map((row) => (
          <tr key={row.capabilityId} class={row.disagreement ? 'flagged' : undefined}>
            <th scope="row">
              {row.title}
              {row.disagreement && <span class="flag">Disagreement</span>}
              {!row.inQuestionnaire && <span class="muted"> (no longer in the questionnaire)</span>}
            </th>
            <td class="num">{formatMedian(row.median)}</td>
            {teams.map((team) => (
              <td class="num" key={team.label}>
                {formatMedian(team.medians[row.capabilityId] ?? null)}
              </td>
            ))}
            <td class="num">{row.min === null ? '—' : row.min === row.max ? row.min : `${row.min}–${row.max}`}</td>
            <td class="num">{row.distribution.join('/')}</td>
            <td class="num">{row.dontKnow}</td>
            <td class="num">{row.notApplicable}</td>
            <td class="num">{row.unanswered}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
