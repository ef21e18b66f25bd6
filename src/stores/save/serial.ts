const chains = new Map<string, Promise<unknown>>();

/**
 * Runs tasks for the same key one after another, in the order they were asked for. Every write
 * to a review's history goes through here, so two quick edits can never both read the same last
 * entry and fork the hash chain. A failed task does not stop the ones after it.
 */
export function serial<T>(key: string, task: () => Promise<T>): Promise<T> {
  const run = (chains.get(key) ?? Promise.resolve()).then(task, task);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  chains.set(key, settled);
  void settled.then(() => {
    if (chains.get(key) === settled) chains.delete(key);
  });
  return run;
}

/** Resolves once every task queued so far for `key` has finished. */
export async function drained(key: string): Promise<void> {
  await chains.get(key);
}
