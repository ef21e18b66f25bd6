import { BarController, BarElement, CategoryScale, Legend, LinearScale, Tooltip } from 'chart.js';
import { Chart } from '../chart';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface TeamSeries {
  label: string;
  values: (number | null)[];
}

export interface TeamColours {
  text: string;
  grid: string;
  /** One colour per series, in order; the organisation first. */
  series: string[];
}

/** Medians per dimension (0-4), one bar per team, the whole organisation first. */
export function drawTeams(canvas: HTMLCanvasElement, categories: string[], series: TeamSeries[], colours: TeamColours): Chart {
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: categories,
      datasets: series.map((item, index) => ({
        label: item.label,
        data: item.values,
        backgroundColor: colours.series[index % colours.series.length] ?? colours.text,
        borderWidth: 0,
      })),
    },
    options: {
      maintainAspectRatio: false,
      scales: {
        y: { min: 0, max: 4, ticks: { stepSize: 1, color: colours.text }, grid: { color: colours.grid } },
        x: { ticks: { color: colours.text }, grid: { display: false } },
      },
      plugins: { legend: { labels: { color: colours.text } } },
    },
  });
}
