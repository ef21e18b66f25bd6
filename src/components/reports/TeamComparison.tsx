import type { TeamColumn } from '../../lib/reports/steeringTeam';
import { LazyChart, themeColour } from '../LazyChart';
import { formatScore } from '../format';
import { DataTable } from '../DataTable';

interface Props {
  columns: TeamColumn[];
  /** Prefix for ids, so the view and the printed report can both hold a copy. */
  idPrefix: string;
}

const dimensionNames: Record<string, string> = { people: 'People', process: 'Process', platform: 'Platform' };

/** Teams side by side: a bar chart of the medians per dimension and a table of the same numbers. */
export function TeamComparison({ columns, idPrefix }: Props) {
  const tableId = `${idPrefix}-teams-table`;
  const dimensions = columns[0]?.dimensions.map((d) => d.dimension) ?? [];
  const categories = ['Overall', ...dimensions.map((d) => dimensionNames[d] ?? d)];
  const series = columns.map((column) => ({
    label: column.label,
    values: [column.overall.median, ...column.dimensions.map((d) => d.median)],
  }));
  const cell = (spread: { median: number | null; min: number | null; max: number | null }) =>
    spread.median === null ? '—' : `${formatScore(spread.median)} (${formatScore(spread.min)}–${formatScore(spread.max)})`;

  return (
    <div class="keep-together">
      <LazyChart
        title="Median score per dimension, whole organisation and each team (0 to 4)"
        label="Bar chart of the median score per dimension for the organisation and each team. The same numbers are in the table that follows."
        tableId={tableId}
        boxClass="team-chart-box"
        signature={JSON.stringify(series)}
        load={async () => {
          const { drawTeams } = await import('./teamDraw');
          return (canvas) =>
            drawTeams(canvas, categories, series, {
              text: themeColour('--text', '#1b1f24'),
              grid: themeColour('--border', '#c3cad3'),
              series: [
                themeColour('--muted', '#4c5561'),
                themeColour('--accent', '#1f5fbf'),
                themeColour('--warn', '#8a5200'),
                themeColour('--ok', '#1d6b35'),
                themeColour('--bad', '#b3261e'),
              ],
            });
        }}
      />
      <DataTable
        caption="Median score (lowest–highest respondent), 0 to 4"
        id={tableId}
        columns={[
          { label: 'Scope' },
          { label: 'Respondents', numeric: true },
          ...categories.map((category) => ({ label: category, numeric: true })),
        ]}
      >
        <tbody>
          {columns.map((column) => (
            <tr key={column.label}>
              <th scope="row">{column.label}</th>
              <td class="num">{column.respondents}</td>
              <td class="num">{cell(column.overall)}</td>
              {column.dimensions.map((d) => (
                <td class="num" key={d.dimension}>
                  {cell(d)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </div>
  );
}
