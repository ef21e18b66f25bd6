import { Chart } from 'chart.js';

// Every chart is drawn in one go: a chart here is read, printed and compared, and an animation
// would redraw it for a third of a second on the main thread of a slow phone, for every chart on
// the page (the steering report draws all of its charts at once, for printing).
Chart.defaults.animation = false;

/** Chart.js with the portal's defaults; the chart modules take `Chart` from here. */
export { Chart };
