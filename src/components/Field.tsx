import type { ComponentChildren } from 'preact';

interface ShellProps {
  id: string;
  label: string;
  hint?: string | null | undefined;
  error?: string | null | undefined;
  /** Renders the control; it receives the aria-describedby value that links hint and error. */
  control: (describedBy: string | undefined) => ComponentChildren;
  children?: ComponentChildren;
}

/** A form field in the GOV.UK order: label, hint, error, then the control. */
export function FieldShell({ id, label, hint, error, control, children }: ShellProps) {
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
        <p class="error-text" id={`${id}-error`}>
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
  children?: ComponentChildren;
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
  children,
}: FieldProps) {
  return (
    <FieldShell
      id={id}
      label={label}
      hint={hint}
      error={error}
      control={(describedBy) => {
        const common = {
          id,
          value,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': describedBy,
          onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
        };
        return multiline ? <textarea {...common} /> : <input {...common} type={type} autocomplete={autocomplete} />;
      }}
    >
      {children}
    </FieldShell>
  );
}
