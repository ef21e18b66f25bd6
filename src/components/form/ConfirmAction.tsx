import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { focusById } from '../focus';

interface Props {
  /** Unique on the page; names the question for assistive technology. */
  id: string;
  /** What the first button says, for example "Delete…". */
  trigger: ComponentChildren;
  /** A fuller name for the first button when the table row or card does not give one. */
  triggerLabel?: string | undefined;
  triggerClass?: string | undefined;
  /** The question asked once: what will go, and whether it can be undone. */
  question: ComponentChildren;
  confirm: string;
  keep?: string | undefined;
  onConfirm: () => Promise<unknown> | unknown;
  /** The id of the element that takes focus once the thing acted on has gone. */
  focusAfter: string;
  class?: string | undefined;
}

/**
 * The one way a destructive action asks before it acts. The question appears with focus on its
 * first button; "Keep" puts focus back on the button that asked; once done, focus goes to the
 * element named by `focusAfter`, never to the page body.
 */
export function ConfirmAction(props: Props) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);

  useLayoutEffect(() => {
    if (!moved.current) return;
    if (asking) confirmRef.current?.focus();
    else triggerRef.current?.focus();
  }, [asking]);

  function ask(next: boolean) {
    moved.current = true;
    setAsking(next);
  }

  async function go() {
    // A second press while the first is being stored does nothing (the button stays focusable, so focus is never lost).
    if (busy) return;
    setBusy(true);
    try {
      await props.onConfirm();
    } finally {
      setBusy(false);
    }
    moved.current = false;
    setAsking(false);
    focusById(props.focusAfter);
  }

  if (!asking)
    return (
      <button
        ref={triggerRef}
        type="button"
        class={props.triggerClass ?? 'secondary'}
        aria-label={props.triggerLabel}
        onClick={() => ask(true)}
      >
        {props.trigger}
      </button>
    );
  return (
    <div
      class={`notice warn confirm${props.class ? ` ${props.class}` : ''}`}
      role="alertdialog"
      aria-labelledby={`${props.id}-question`}
    >
      <p id={`${props.id}-question`}>{props.question}</p>
      <div class="actions">
        <button ref={confirmRef} type="button" class="danger" aria-disabled={busy || undefined} onClick={() => void go()}>
          {props.confirm}
        </button>
        <button type="button" class="secondary" onClick={() => ask(false)}>
          {props.keep ?? 'Keep it'}
        </button>
      </div>
    </div>
  );
}
