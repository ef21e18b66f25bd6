import type { RefObject } from 'preact';
import { useId } from 'preact/hooks';

export interface FieldError {
  /** The id of the control the error is about; the summary links to it. */
  field: string;
  message: string;
}

interface Props {
  errors: FieldError[];
  /** Receives the summary element so the form can move focus to it. */
  focusRef?: RefObject<HTMLDivElement>;
}

/** An error summary at the top of a form, linking to each field. */
export function ErrorSummary({ errors, focusRef }: Props) {
  const titleId = useId();
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={focusRef ?? null} aria-labelledby={titleId}>
      <h2 id={titleId}>There is a problem</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.field}>
            <a
              href={`#${error.field}`}
              onClick={(event) => {
                // Focus the field itself, not only scroll to it, so typing goes where the problem is.
                const field = document.getElementById(error.field);
                if (!field) return;
                event.preventDefault();
                field.focus();
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
