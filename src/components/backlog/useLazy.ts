import { useEffect, useState } from 'preact/hooks';

/**
 * Loads a module the first time `wanted` is true and keeps it. Panels that only some visits open
 * (the add form, CSV import and export, the profile editor) are fetched then, so the backlog page's
 * first download stays small.
 */
export function useLazy<T>(load: () => Promise<T>, wanted: boolean): T | null {
  const [module, setModule] = useState<T | null>(null);
  useEffect(() => {
    if (!wanted || module) return;
    let live = true;
    void load().then((loaded) => {
      if (live) setModule(() => loaded);
    });
    return () => {
      live = false;
    };
  }, [wanted]);
  return module;
}
