import { Filler, Legend, LineElement, PointElement, RadarController, RadialLinearScale, Tooltip } from 'chart.js';
import { Chart } from '../chart';
import type { RadarSeries } from './RadarChart';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip);

export interface RadarColours {
  text: string;
  grid: string;
  current: string;
  target: string;
  milestone: string;
}

/** Splits a spoke's label into lines of about 16 characters, so neighbouring labels do not run into each other. */
function wrapLabel(label: string, width = 16): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const translucent = (colour: string) => (colour.startsWith('#') && colour.length === 7 ? `${colour}33` : colour);

export function drawRadar(canvas: HTMLCanvasElement, labels: string[], series: RadarSeries[], colours: RadarColours): Chart {
  return new Chart(canvas, {
    type: 'radar',
    data: {
      labels: labels.map((label) => wrapLabel(label)),
      datasets: series.map((item) => ({
        label: item.label,
        data: item.values,
        borderColor: colours[item.kind],
        backgroundColor: item.kind === 'current' ? translucent(colours.current) : 'transparent',
        borderDash: item.kind === 'target' ? [6, 4] : item.kind === 'milestone' ? [2, 3] : [],
        pointRadius: 3,
        fill: item.kind === 'current',
        spanGaps: true,
      })),
    },
    options: {
      maintainAspectRatio: false,
      scales: {
        r: {
          min: 0,
          max: 4,
          ticks: { stepSize: 1, color: colours.text, backdropColor: 'transparent' },
          grid: { color: colours.grid },
          angleLines: { color: colours.grid },
          pointLabels: { color: colours.text, font: { size: 11 }, padding: 6 },
        },
      },
      plugins: { legend: { labels: { color: colours.text } } },
    },
  });
}
