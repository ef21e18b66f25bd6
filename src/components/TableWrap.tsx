import type { ComponentChildren } from 'preact';

interface Props {
  /** Names the scrolling region; usually the table's caption. */
  label: string;
  class?: string;
  children: ComponentChildren;
}

/**
 * A wide table that scrolls sideways on a narrow screen instead of widening the page. The region
 * can take focus, so keyboard users can scroll it too.
 */
export function TableWrap({ label, class: extra, children }: Props) {
  return (
    <div class={`table-wrap${extra ? ` ${extra}` : ''}`} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
