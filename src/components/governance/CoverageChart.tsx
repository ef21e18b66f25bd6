import type { CoverageRow } from '../../lib/governance/coverage';
import { LazyChart, themeColour } from '../LazyChart';

interface Props {
  rows: CoverageRow[];
  title: string;
  /** Id of the table with the same numbers; the chart points screen readers to it. */
  tableId: string;
}

/** Chart height follows the number of bars so labels stay readable. */
function barSize(count: number): string {
  if (count <= 4) return 'bars-few';
  return count <= 8 ? 'bars-some' : 'bars-many';
}

/** Coverage as stacked bars; Chart.js is fetched only when the chart is shown. */
export function CoverageChart({ rows, title, tableId }: Props) {
  return (
    <LazyChart
      title={title}
      label={`${title}. The same numbers are in the table that follows.`}
      tableId={tableId}
      boxClass={`coverage-box ${barSize(rows.length)}`}
      signature={JSON.stringify(rows)}
      load={async () => {
        const { drawCoverage } = await import('./coverageDraw');
        return (canvas) =>
          drawCoverage(
            canvas,
            rows.map((row) => row.label),
            [
              { label: 'Met', values: rows.map((row) => row.met), colour: themeColour('--ok', '#1d6b35') },
              { label: 'Partially met', values: rows.map((row) => row.partiallyMet), colour: themeColour('--warn', '#8a5200') },
              { label: 'Not met', values: rows.map((row) => row.notMet), colour: themeColour('--bad', '#b3261e') },
              { label: 'Not answered', values: rows.map((row) => row.unanswered), colour: themeColour('--border', '#c3cad3') },
            ],
            { text: themeColour('--text', '#1b1f24'), grid: themeColour('--border', '#c3cad3') },
          );
      }}
    />
  );
}
