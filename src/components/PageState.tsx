import type { ComponentChildren } from 'preact';
import { Loading } from './Loading';
import { withBase } from './urls';

/** How far opening a record has come (the stores' load states all have this shape). */
export type PageLoad = { kind: 'loading' } | { kind: 'ready' } | { kind: 'missing' } | { kind: 'error'; message: string };

interface Props {
  /** The id from the address: undefined until read, null when the address names none. */
  id: string | null | undefined;
  load: PageLoad;
  /** What is being opened, in a sentence: "the assessment", "the review". */
  what: string;
  /** The heading when it is not stored here: "Review not found". */
  missingTitle: string;
  /** Why it may be missing, in a sentence. */
  missingReason: ComponentChildren;
  /** Where to go instead (a path from the site's root). */
  back: { href: string; label: string };
  children?: ComponentChildren;
}

/**
 * The one page state of the portal: what a page that opens one record shows until it is open (a
 * waiting line), when it is not stored in this browser (a heading, why, and where to go), or when
 * storage failed (the error, announced). Returns null once the page can show its content.
 */
export function PageState({ id, load, what, missingTitle, missingReason, back, children }: Props) {
  if (id === undefined || (id !== null && load.kind === 'loading')) return <Loading>Opening {what}…</Loading>;
  if (id === null || load.kind === 'missing')
    return (
      <>
        <h1>{missingTitle}</h1>
        {children}
        <div class="notice warn">
          <p>{missingReason}</p>
          <p>
            <a href={withBase(back.href)}>{back.label}</a>
          </p>
        </div>
      </>
    );
  if (load.kind === 'error')
    return (
      <div class="notice error" role="alert">
        <h1>Could not open {what}</h1>
        <p>{load.message}</p>
      </div>
    );
  return null;
}
