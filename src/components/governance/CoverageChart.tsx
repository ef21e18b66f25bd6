import { useEffect, useRef, useState } from 'preact/hooks';
import type { CoverageRow } from '../../lib/governance/coverage';

interface Props {
  rows: CoverageRow[];
  title: string;
  /** Id of the table with the same numbers; the chart points screen readers to it. */
  tableId: string;
}

function cssVar(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value === '' ? fallback : value;
}

/** A stacked bar chart drawn by Chart.js, fetched only when this component mounts. */
export function CoverageChart({ rows, title, tableId }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  const key = JSON.stringify(rows);

  useEffect(() => {
    let chart: { destroy: () => void } | null = null;
    let live = true;
    void import('./coverageDraw')
      .then(({ drawCoverage }) => {
        if (!live || !canvas.current) return;
        chart = drawCoverage(
          canvas.current,
          rows.map((row) => row.label),
          [
            { label: 'Met', values: rows.map((row) => row.met), colour: cssVar('--ok', '#1d6b35') },
            { label: 'Partially met', values: rows.map((row) => row.partiallyMet), colour: cssVar('--warn', '#8a5200') },
            { label: 'Not met', values: rows.map((row) => row.notMet), colour: cssVar('--bad', '#b3261e') },
            { label: 'Not answered', values: rows.map((row) => row.unanswered), colour: cssVar('--border', '#c3cad3') },
          ],
          { text: cssVar('--text', '#1b1f24'), grid: cssVar('--border', '#c3cad3') },
        );
      })
      .catch(() => setFailed(true));
    return () => {
      live = false;
      chart?.destroy();
    };
  }, [key]);

  return (
    <figure class="chart coverage-chart">
      <figcaption>{title}</figcaption>
      {failed ? (
        <p class="notice warn">The chart could not be drawn; the table below shows the same numbers.</p>
      ) : (
        <div class={`chart-box bars-${rows.length}`}>
          <canvas
            ref={canvas}
            role="img"
            aria-label={`${title}. The same numbers are in the table that follows.`}
            aria-describedby={tableId}
          />
        </div>
      )}
    </figure>
  );
}
