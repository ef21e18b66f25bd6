import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'date';
  multiline?: boolean;
  autocomplete?: string;
  children?: ComponentChildren;
}

/** A labelled text field in the GOV.UK order: label, hint, error, control. */
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
}: Props) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
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
      {multiline ? <textarea {...common} /> : <input {...common} type={type} autocomplete={autocomplete} />}
      {children}
    </div>
  );
}
