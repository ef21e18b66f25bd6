import type { ComponentChildren } from 'preact';

interface Props {
  /** What the submit button does, in words ("Start the review"). */
  submit: ComponentChildren;
  /** While the form is being stored: the button stays focusable (so focus is never lost) but says it is busy. */
  busy?: boolean | undefined;
  onCancel?: (() => void) | undefined;
  cancel?: string | undefined;
}

/** The buttons at the foot of every form: the one that does what it says, and the way out. */
export function FormActions({ submit, busy = false, onCancel, cancel = 'Cancel' }: Props) {
  return (
    <div class="actions">
      <button type="submit" aria-disabled={busy || undefined}>
        {submit}
      </button>
      {onCancel && (
        <button type="button" class="secondary" onClick={onCancel}>
          {cancel}
        </button>
      )}
    </div>
  );
}
