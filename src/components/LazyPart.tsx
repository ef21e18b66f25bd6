import type { ComponentChildren } from 'preact';
import { Loading } from './Loading';
import type { Lazy } from './useLazy';

interface Props<T> {
  lazy: Lazy<T>;
  /** What the part holds, for the waiting line and the failure message ("the decision and history"). */
  what: string;
  children: (module: T) => ComponentChildren;
}

/**
 * A part of a view whose code arrives after the first paint. While it loads it shows <Loading>,
 * so what follows waits and nothing moves when it arrives; if it cannot be fetched it says so.
 */
export function LazyPart<T>({ lazy, what, children }: Props<T>) {
  if (lazy.module) return <>{children(lazy.module)}</>;
  if (lazy.failed) {
    return (
      <p class="notice error" role="alert">
        Could not load {what}. Check the connection and reload the page; nothing you entered is lost.
      </p>
    );
  }
  return <Loading>Opening {what}…</Loading>;
}
