import type { ReadableAtom } from 'nanostores';

/** Resolves once `check` holds for the store's value (a live query answers after a moment). */
export function waitForStore<T>($store: ReadableAtom<T>, check: (value: T) => boolean, timeoutMs = 2000): Promise<T> {
  return new Promise((resolve, reject) => {
    let unbind = (): void => undefined;
    const timer = setTimeout(() => {
      unbind();
      reject(new Error(`the store never reached the expected state; last value: ${JSON.stringify($store.get())}`));
    }, timeoutMs);
    unbind = $store.subscribe((value) => {
      if (!check(value)) return;
      clearTimeout(timer);
      queueMicrotask(() => unbind());
      resolve(value);
    });
  });
}
