import { DataTable } from '../DataTable';
import { formatDelta, formatScore } from '../format';

export interface ScoreChangeRow {
  title: string;
  before: number | null;
  after: number | null;
  delta: number | null;
}

interface Props {
  caption: string;
  /** The heading of the first column of figures, e.g. "Milestone" or "Then". */
  beforeLabel: string;
  rows: readonly ScoreChangeRow[];
}

/** Scores then and now with the change, one row per dimension (and overall). */
export function ScoreChangeTable({ caption, beforeLabel, rows }: Props) {
  return (
    <DataTable
      caption={caption}
      columns={[
        { label: 'Dimension' },
        { label: beforeLabel, numeric: true },
        { label: 'Now', numeric: true },
        { label: 'Change', numeric: true },
      ]}
    >
      <tbody>
        {rows.map((row) => (
          <tr key={row.title}>
            <th scope="row">{row.title}</th>
            <td class="num">{formatScore(row.before)}</td>
            <td class="num">{formatScore(row.after)}</td>
            <td class="num">{formatDelta(row.delta)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
