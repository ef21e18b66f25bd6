import { useEffect, useState } from 'preact/hooks';
import { whenIdle } from './idle';

/** A module fetched on demand: null while it loads, or `failed` when it could not be fetched. */
export interface Lazy<T> {
  module: T | null;
  failed: boolean;
}

/** Loads a module the first time `wanted` is true, with its state for <LazyPart>. */
export function useOnDemand<T>(load: () => Promise<T>, wanted: boolean): Lazy<T> {
  const [state, setState] = useState<Lazy<T>>({ module: null, failed: false });
  useEffect(() => {
    if (!wanted || state.module) return;
    let live = true;
    load().then(
      (module) => live && setState({ module, failed: false }),
      () => live && setState({ module: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return state;
}

/**
 * Loads a module the first time `wanted` is true and keeps it. Panels that only some visits open
 * (the add form, CSV import and export, the profile editor, a rater's form) are fetched then, so
 * a page's first download stays small.
 */
export function useLazy<T>(load: () => Promise<T>, wanted: boolean): T | null {
  return useOnDemand(load, wanted).module;
}

/**
 * Loads a module once the page has painted and the browser is idle. For the parts of a page below
 * its first screen (the decision and history of a review, a use case's details form): they arrive
 * a moment later without delaying what the reader sees first. Render them with <LazyPart>.
 * `now` asks for the module at once, for a state of the page that shows the part from the start.
 * `ready` is false while the view still reads what its first screen shows: the wait for an idle
 * moment starts once it is true, since the pauses while the database answers are idle moments too,
 * and a download started then would compete with the first screen.
 */
export function useDeferred<T>(load: () => Promise<T>, now = false, ready = true): Lazy<T> {
  const [idle, setIdle] = useState(false);
  useEffect(() => (ready && !idle ? whenIdle(() => setIdle(true)) : undefined), [ready]);
  return useOnDemand(load, idle || now);
}
