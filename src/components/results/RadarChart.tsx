import { LazyChart, themeColour } from '../LazyChart';

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

/** The capability profile as a radar chart; Chart.js is fetched only when it is shown. */
export function RadarChart({ labels, series, tableId, title }: Props) {
  return (
    <LazyChart
      title={title}
      label={`${title}. The same numbers are in the table that follows.`}
      tableId={tableId}
      boxClass="radar-box"
      signature={`${labels.join('|')}${JSON.stringify(series)}`}
      load={async () => {
        const { drawRadar } = await import('./radarDraw');
        return (canvas) =>
          drawRadar(canvas, labels, series, {
            text: themeColour('--text', '#1b1f24'),
            grid: themeColour('--border', '#c3cad3'),
            current: themeColour('--accent', '#1f5fbf'),
            target: themeColour('--ok', '#1d6b35'),
            milestone: themeColour('--warn', '#8a5200'),
          });
      }}
    />
  );
}
