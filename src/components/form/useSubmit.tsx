import { useState } from 'preact/hooks';
import type { useFormErrors } from './useFormErrors';

/** What a store action that checks a form answers: done, or the problems per field and a message for the whole form. */
export type Submitted<T, F extends string> =
  ({ ok: true } & T) | { ok: false; problems: { field: F; message: string }[]; message: string | null };

/**
 * Submitting a form to a store action: one press at a time (`busy`), the problems shown through
 * the one error pattern (summary, inline messages, focus), a message about the whole form as
 * `notice`, and `done` called once the action has succeeded.
 */
export function useSubmit<F extends string>(formErrors: ReturnType<typeof useFormErrors>, idOf: (field: F) => string) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  async function submit<T>(event: Event, action: () => Promise<Submitted<T, F>>, done: (result: T) => void): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await action();
    setBusy(false);
    if (result.ok) {
      formErrors.clear();
      done(result);
      return;
    }
    setMessage(result.message);
    formErrors.report(result.problems.map((problem) => ({ field: idOf(problem.field), message: problem.message })));
  }
  /** The message about the whole form, announced, for the form to place under its error summary. */
  const notice = message && (
    <p class="notice error" role="alert">
      {message}
    </p>
  );
  return { busy, notice, submit };
}
