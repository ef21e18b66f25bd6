import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { whenIdle } from './idle';

export interface Column {
  label: ComponentChildren;
  /** Numbers are right-aligned, headers and cells alike. */
  numeric?: boolean;
}

interface Props {
  /** The column headers, one per cell of each row; or leave out and give a thead in the children. */
  columns?: readonly Column[];
  /** The table's caption: every table has one, shown or (when a heading already says it) hidden. */
  caption: ComponentChildren;
  captionHidden?: boolean;
  captionClass?: string;
  id?: string | undefined;
  class?: string | undefined;
  wrapClass?: string | undefined;
  /** tbody (and thead when there are no `columns`). */
  children: ComponentChildren;
}

let counter = 0;

/**
 * The one data table: a captioned table in a region that scrolls sideways when the screen is
 * narrower than the table. Only then is the region a tab stop (so the keyboard can scroll it)
 * and says that it scrolls; shadows at its edges show there is more.
 */
export function DataTable({
  caption,
  captionHidden = false,
  captionClass,
  id,
  class: tableClass,
  wrapClass,
  columns,
  children,
}: Props) {
  const wrap = useRef<HTMLDivElement>(null);
  const [captionId] = useState(() => `${id ?? 'table'}-caption-${(counter += 1)}`);
  const [scrolls, setScrolls] = useState(false);

  useLayoutEffect(() => {
    const element = wrap.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    // Measured in the observer's callbacks only, the first of which comes once the page has laid
    // itself out and before it paints: reading widths while the page is still being built would
    // force a layout for every table.
    let measured = false;
    const measure = () => {
      measured = true;
      setScrolls(element.scrollWidth > element.clientWidth + 1);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    const table = element.firstElementChild;
    if (table) observer.observe(table);
    // A table in a section that is not laid out yet (`.deferred-layout`, far below the screen) gets
    // no callback until it comes near the screen. It is measured once the page is idle instead, so a
    // keyboard user who tabs towards it finds a table that scrolls as a tab stop all the same.
    const cancelLater = whenIdle(() => measured || measure());
    return () => {
      observer.disconnect();
      cancelLater();
    };
  }, []);

  const captionClasses = [captionHidden ? 'visually-hidden' : '', captionClass ?? ''].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <div
        ref={wrap}
        class={`table-wrap${wrapClass ? ` ${wrapClass}` : ''}${scrolls ? ' scrolls' : ''}`}
        role={scrolls ? 'region' : undefined}
        aria-labelledby={scrolls ? captionId : undefined}
        tabIndex={scrolls ? 0 : undefined}
      >
        <table id={id} class={tableClass}>
          <caption id={captionId} class={captionClasses}>
            {caption}
          </caption>
          {columns && (
            <thead>
              <tr>
                {columns.map((column, index) => (
                  <th key={index} scope="col" class={column.numeric ? 'num' : undefined}>
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
          )}
          {children}
        </table>
      </div>
      {scrolls && (
        <p class="scroll-cue hint no-print" aria-hidden="true">
          Scroll sideways for more columns (focus the table and use the arrow keys).
        </p>
      )}
    </>
  );
}
