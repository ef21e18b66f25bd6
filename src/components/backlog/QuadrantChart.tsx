import { useStore } from '@nanostores/preact';
import { quadrantLabels, quadrantHints } from '../../lib/backlog/labels';
import { quadrantPoints } from '../../lib/backlog/quadrant';
import { $visibleRows } from '../../stores/backlog/view';
import { LazyChart, themeColour } from '../LazyChart';
import { formatCount, formatMedian } from './format';
import { DataTable } from '../DataTable';

const TITLES_LISTED = 6;

/** Value vs effort: a bubble chart (Chart.js, fetched when shown) and a table with the same points. */
export function QuadrantChart() {
  const rows = useStore($visibleRows);
  const { points, unplaced } = quadrantPoints(
    rows
      .filter((row) => row.evaluation)
      .map((row) => ({ title: row.useCase.title, valueEffort: row.evaluation?.valueEffort ?? null })),
  );
  // Cheap to build even for 10,000 use cases, yet changes whenever a bubble or its first title does.
  const signature = points
    .map((point) => `${point.value}|${point.effort}|${point.titles.length}|${point.titles[0] ?? ''}`)
    .join(',');

  return (
    <section aria-labelledby="quadrant-title" class="print-break">
      <h2 id="quadrant-title">Value and effort</h2>
      <p class="hint">
        The use cases that pass the filters above. Business value against effort (the mean of the cost and time-to-market
        medians); a bigger bubble holds more use cases. The dashed lines mark the middle of the scale; colours show the quadrant:
        green quick wins, blue major projects, grey fill-ins, amber reconsider.
      </p>
      <LazyChart
        title="Business value against effort, per use case"
        label="Bubble chart of business value against effort. The same points are in the table that follows."
        tableId="quadrant-table"
        boxClass="quadrant-box"
        signature={signature}
        load={async () => {
          const { drawQuadrant } = await import('./quadrantDraw');
          return (canvas) =>
            drawQuadrant(canvas, points, {
              text: themeColour('--text', '#1b1f24'),
              grid: themeColour('--border', '#c3cad3'),
              middle: themeColour('--muted', '#4c5561'),
              quadrant: {
                'quick-win': themeColour('--ok', '#1d6b35'),
                'major-project': themeColour('--accent', '#1f5fbf'),
                'fill-in': themeColour('--muted', '#4c5561'),
                reconsider: themeColour('--warn', '#8a5200'),
              },
            });
        }}
      />
      <DataTable
        caption={
          <>
            Value and effort per group of use cases
            {unplaced > 0 ? ` (${formatCount(unplaced)} not placed: business value, cost or time to market not rated yet)` : ''}
          </>
        }
        id="quadrant-table"
        columns={[
          { label: 'Quadrant' },
          { label: 'Value', numeric: true },
          { label: 'Effort', numeric: true },
          { label: 'Use cases' },
        ]}
      >
        <tbody>
          {points.map((point) => (
            <tr key={`${point.value}|${point.effort}`}>
              <td>
                {quadrantLabels[point.quadrant]} <span class="sub">{quadrantHints[point.quadrant]}</span>
              </td>
              <td class="num">{formatMedian(point.value)}</td>
              <td class="num">{formatMedian(point.effort)}</td>
              <td>
                {point.titles.slice(0, TITLES_LISTED).join('; ')}
                {point.titles.length > TITLES_LISTED ? ` and ${formatCount(point.titles.length - TITLES_LISTED)} more` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}
