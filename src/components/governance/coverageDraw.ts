import { BarController, BarElement, CategoryScale, Legend, LinearScale, Tooltip } from 'chart.js';
import { Chart } from '../chart';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface CoverageSeries {
  label: string;
  values: number[];
  colour: string;
}

const MAX_LABEL = 34;

function shorten(label: string): string {
  return label.length <= MAX_LABEL ? label : `${label.slice(0, MAX_LABEL - 1).trimEnd()}…`;
}

/** Horizontal stacked bars: one bar per framework tag, its length the number of applicable items. */
export function drawCoverage(
  canvas: HTMLCanvasElement,
  labels: string[],
  series: CoverageSeries[],
  colours: { text: string; grid: string },
): Chart {
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: series.map((item) => ({
        label: item.label,
        data: item.values,
        backgroundColor: item.colour,
        borderColor: item.colour,
        borderWidth: 1,
      })),
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      scales: {
        x: {
          stacked: true,
          beginAtZero: true,
          ticks: { precision: 0, color: colours.text },
          grid: { color: colours.grid },
          title: { display: true, text: 'Applicable items', color: colours.text },
        },
        y: {
          stacked: true,
          // Long clause names would push the bars off the canvas; the table beside the chart has them in full.
          ticks: { color: colours.text, callback: (_value, index) => shorten(labels[index] ?? '') },
          grid: { display: false },
        },
      },
      plugins: { legend: { labels: { color: colours.text } } },
    },
  });
}
