import { useEffect, useRef, useState } from 'preact/hooks';

export interface RadarSeries {
  label: string;
  values: (number | null)[];
  kind: 'current' | 'target' | 'milestone';
}

interface Props {
  labels: string[];
  series: RadarSeries[];
  /** Id of the table that shows the same numbers; the chart points screen readers to it. */
  tableId: string;
  title: string;
}

function cssVar(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value === '' ? fallback : value;
}

/** A radar chart drawn by Chart.js, which is fetched only when this component mounts. */
export function RadarChart({ labels, series, tableId, title }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let chart: { destroy: () => void } | null = null;
    let live = true;
    void import('./radarDraw')
      .then(({ drawRadar }) => {
        if (!live || !canvas.current) return;
        chart = drawRadar(canvas.current, labels, series, {
          text: cssVar('--text', '#1b1f24'),
          grid: cssVar('--border', '#c3cad3'),
          current: cssVar('--accent', '#1f5fbf'),
          target: cssVar('--ok', '#1d6b35'),
          milestone: cssVar('--warn', '#8a5200'),
        });
      })
      .catch(() => setFailed(true));
    return () => {
      live = false;
      chart?.destroy();
    };
  }, [labels.join('|'), JSON.stringify(series)]);

  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      {failed ? (
        <p class="notice warn">The chart could not be drawn; the table below shows the same numbers.</p>
      ) : (
        <div class="chart-box">
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
