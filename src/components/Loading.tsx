import type { ComponentChildren } from 'preact';

interface Props {
  /** What is being read, in words ("Reading the backlog…"). */
  children: ComponentChildren;
}

/**
 * What a view shows while it reads its stored data. As long as one is on the page, whatever
 * follows it waits unshown (see "Layout stability" in global.css): when the data arrives the view
 * grows downwards into empty space, and nothing the reader already sees is pushed away.
 */
export function Loading({ children }: Props) {
  return (
    <p class="loading" data-loading="">
      {children}
    </p>
  );
}
