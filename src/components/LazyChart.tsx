import { useEffect, useRef, useState } from 'preact/hooks';

/** Something drawn on a canvas that can be taken down again (a Chart.js chart). */
export interface Drawn {
  destroy: () => void;
  /** Fits the drawing to its box again (Chart.js charts have it). */
  resize?: () => void;
}

interface Props {
  /** Shown above the chart. */
  title: string;
  /** Read by screen readers; it should point to the table that holds the same numbers. */
  label: string;
  /** Id of the table with the same numbers. */
  tableId: string;
  /** Extra classes for the box that sizes the canvas. */
  boxClass?: string;
  /** Changes whenever the chart must be drawn again. */
  signature: string;
  /**
   * Loads the drawing code (and Chart.js with it) on first use and returns the painter. Painting
   * happens only if the chart is still wanted once loading is done, so a quick change of data never
   * leaves two charts fighting over one canvas.
   */
  load: () => Promise<(canvas: HTMLCanvasElement) => Drawn>;
}

/** Reads a colour of the current theme, so charts follow light and dark mode. */
export function themeColour(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value === '' ? fallback : value;
}

/**
 * A chart whose drawing code is fetched only when it is shown. Every chart in the portal comes
 * with a table of the same numbers, so if drawing fails the page says so and the table stands in.
 */
export function LazyChart({ title, label, tableId, boxClass = '', signature, load }: Props) {
  const figure = useRef<HTMLElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [wanted, setWanted] = useState(false);
  const [drawn, setDrawn] = useState(false);
  const [failed, setFailed] = useState(false);

  // Drawing waits until the chart is about to scroll into view (or the page is printed): Chart.js
  // is the heaviest code on the page, and most charts sit below the first screen. The box keeps
  // its size meanwhile, so nothing moves when the chart appears. A document made to be printed
  // (the steering report, marked data-draw-charts="at-once") draws its charts at once, so a
  // printout taken straight away has them all.
  useEffect(() => {
    const box = figure.current;
    if (!box || !('IntersectionObserver' in window) || box.closest('[data-draw-charts="at-once"]')) {
      setWanted(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && setWanted(true), {
      rootMargin: '50% 0px',
    });
    observer.observe(box);
    const printing = () => setWanted(true);
    window.addEventListener('beforeprint', printing);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', printing);
    };
  }, []);

  useEffect(() => {
    if (!wanted) return;
    let chart: Drawn | null = null;
    let live = true;
    // The printed page is narrower than the screen: redraw to the print size before the browser lays it out.
    const fitForPrint = () => chart?.resize?.();
    window.addEventListener('beforeprint', fitForPrint);
    load()
      .then((paint) => {
        if (live && canvas.current) {
          chart = paint(canvas.current);
          setDrawn(true);
        }
      })
      .catch(() => setFailed(true));
    return () => {
      live = false;
      window.removeEventListener('beforeprint', fitForPrint);
      chart?.destroy();
    };
  }, [signature, wanted]);

  return (
    <figure class="chart" ref={figure}>
      <figcaption>{title}</figcaption>
      {failed ? (
        <p class="notice warn">The chart could not be drawn; the table below shows the same numbers.</p>
      ) : (
        <div class={`chart-box ${boxClass}${drawn ? ' drawn' : ''}`.trim()}>
          <canvas ref={canvas} role="img" aria-label={label} aria-describedby={tableId} />
        </div>
      )}
    </figure>
  );
}
