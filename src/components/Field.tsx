import type { ComponentChildren } from 'preact';
import { lengthProblem } from '../lib/textLimits';

interface ShellProps {
  id: string;
  label: string;
  hint?: string | null | undefined;
  error?: string | null | undefined;
  /** Announce the error as it appears: for fields saved as they are typed, where no summary appears. */
  announce?: boolean | undefined;
  /** Renders the control; it receives the aria-describedby value that links hint and error. */
  control: (describedBy: string | undefined) => ComponentChildren;
  children?: ComponentChildren;
}

/** A form field in the GOV.UK order: label, hint, error, then the control. */
export function FieldShell({ id, label, hint, error, announce, control, children }: ShellProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${error ? ' field-error' : ''}`}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="error-text" id={`${id}-error`} role={announce ? 'alert' : undefined}>
          <span class="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {control(describedBy)}
      {children}
    </div>
  );
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'date' | 'url';
  multiline?: boolean;
  autocomplete?: string;
  inputMode?: 'text' | 'decimal' | 'numeric' | undefined;
  /** Enter in a one-line field does this (for small forms that are not a <form>). */
  onEnter?: ((event: Event) => void) | undefined;
  placeholder?: string | undefined;
  inputClass?: string | undefined;
  /** The schema's limit for this text (src/schemas/limits.ts): a longer text is shown as an error. */
  limit?: number | undefined;
  announce?: boolean | undefined;
  children?: ComponentChildren;
}

/** The label without "(optional)", as it reads inside a sentence. */
const plainLabel = (label: string) => label.replace(/\s*\(optional\)$/, '');

/** The message a field shows: the form's own, else the schema's limit. */
function fieldError(label: string, value: string, error: string | undefined, limit: number | undefined): string | undefined {
  return error ?? (limit === undefined ? undefined : (lengthProblem(plainLabel(label), value, limit) ?? undefined));
}

/** A labelled text input or text area. */
export function Field({
  id,
  label,
  hint,
  error,
  value,
  onInput,
  type = 'text',
  multiline = false,
  autocomplete,
  limit,
  announce,
  inputMode,
  inputClass,
  onEnter,
  placeholder,
  children,
}: FieldProps) {
  const shown = fieldError(label, value, error, limit);
  return (
    <FieldShell
      id={id}
      label={label}
      hint={hint}
      error={shown}
      announce={announce}
      control={(describedBy) => {
        const common = {
          id,
          value,
          'aria-invalid': shown ? true : undefined,
          'aria-describedby': describedBy,
          onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
        };
        return multiline ? (
          <textarea {...common} class={inputClass} />
        ) : (
          <input
            {...common}
            type={type}
            autocomplete={autocomplete}
            inputMode={inputMode}
            class={inputClass}
            placeholder={placeholder}
            onKeyDown={onEnter ? (event) => event.key === 'Enter' && onEnter(event) : undefined}
          />
        );
      }}
    >
      {children}
    </FieldShell>
  );
}
