import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ErrorSummary, type FieldError } from '../ErrorSummary';

/**
 * The one error pattern of every form: an error summary at the top that links to each field, the
 * same message inline at the field, focus moved to the summary (which is announced), nothing
 * stored. A form calls `report(problems)` on submit and goes on only when it returns false.
 */
export function useFormErrors() {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [shown, setShown] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  // Focus moves in the same frame as the summary appears.
  useLayoutEffect(() => {
    if (shown > 0) summaryRef.current?.focus();
  }, [shown]);

  return {
    errors,
    /** Shows these problems (or clears them); true when there are any. */
    report(found: FieldError[]): boolean {
      setErrors(found);
      if (found.length > 0) setShown((count) => count + 1);
      return found.length > 0;
    },
    clear(): void {
      setErrors([]);
    },
    /** The inline message for the control with this id. */
    errorFor(field: string): string | undefined {
      return errors.find((error) => error.field === field)?.message;
    },
    summary: <ErrorSummary errors={errors} focusRef={summaryRef} />,
  };
}

/** Problems keyed by field name, as the checks in src/lib return them, as summary entries with control ids. */
export function problemsToErrors(problems: Partial<Record<string, string>>, idOf: (field: string) => string): FieldError[] {
  return Object.entries(problems).flatMap(([field, message]) => (message ? [{ field: idOf(field), message }] : []));
}
