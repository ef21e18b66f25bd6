import { BubbleController, LinearScale, PointElement, Tooltip } from 'chart.js';
import { Chart } from '../chart';
import type { Quadrant } from '../../lib/backlog/methods';
import type { QuadrantPoint } from '../../lib/backlog/quadrant';

Chart.register(BubbleController, LinearScale, PointElement, Tooltip);

export interface QuadrantColours {
  text: string;
  grid: string;
  middle: string;
  quadrant: Record<Quadrant, string>;
}

// Ticks only at the five rating values; the axes run half a point beyond so bubbles are not clipped.
const wholeTicks = (axis: { ticks: { value: number }[] }) => {
  axis.ticks = [1, 2, 3, 4, 5].map((value) => ({ value }));
};

const translucent = (colour: string) => (colour.startsWith('#') && colour.length === 7 ? `${colour}99` : colour);

/** Draws the middle lines (value 3, effort 3) that split the chart into its four quadrants. */
const middleLines = (colour: string) => ({
  id: 'quadrant-lines',
  beforeDatasetsDraw(chart: Chart<'bubble'>) {
    const { ctx, chartArea, scales } = chart;
    const x = scales['x']?.getPixelForValue(3);
    const y = scales['y']?.getPixelForValue(3);
    if (x === undefined || y === undefined) return;
    ctx.save();
    ctx.strokeStyle = colour;
    ctx.setLineDash([6, 4]);
    ctx.beginPath();
    ctx.moveTo(x, chartArea.top);
    ctx.lineTo(x, chartArea.bottom);
    ctx.moveTo(chartArea.left, y);
    ctx.lineTo(chartArea.right, y);
    ctx.stroke();
    ctx.restore();
  },
});

export function drawQuadrant(
  canvas: HTMLCanvasElement,
  points: QuadrantPoint[],
  colours: QuadrantColours,
): { destroy: () => void } {
  const largest = Math.max(1, ...points.map((point) => point.titles.length));
  // Both axes run over the five rating values.
  const axis = (title: string) => ({
    min: 0.5,
    max: 5.5,
    afterBuildTicks: wholeTicks,
    title: { display: true, text: title, color: colours.text },
    ticks: { stepSize: 1, color: colours.text },
    grid: { color: colours.grid },
  });
  return new Chart<'bubble'>(canvas, {
    type: 'bubble',
    data: {
      datasets: [
        {
          label: 'Use cases',
          data: points.map((point) => ({
            x: point.effort,
            y: point.value,
            r: 6 + 14 * Math.sqrt(point.titles.length / largest),
          })),
          backgroundColor: points.map((point) => translucent(colours.quadrant[point.quadrant])),
          borderColor: points.map((point) => colours.quadrant[point.quadrant]),
        },
      ],
    },
    options: {
      maintainAspectRatio: false,
      scales: {
        x: axis('Effort (mean of cost and time to market, 1 = least)'),
        y: axis('Business value (1 to 5)'),
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (item) => {
              const titles = points[item.dataIndex]?.titles ?? [];
              return titles.length <= 4 ? titles : [...titles.slice(0, 4), `and ${titles.length - 4} more`];
            },
          },
        },
      },
    },
    plugins: [middleLines(colours.middle)],
  });
}
