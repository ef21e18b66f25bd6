import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { RadioGroup, type RadioOption } from './RadioGroup';

interface Props<T extends string> {
  name: string;
  legend: ComponentChildren;
  options: readonly RadioOption<T>[];
  /** The option that is stored only together with a reason ("not applicable"). */
  needsReason: T;
  /** The choice that is stored. */
  stored: T | null;
  /** The choice on screen when it differs from the stored one (a change on its way to storage). */
  current?: T | null | undefined;
  /** The reason that is stored (or on its way to storage). */
  reason: string;
  reasonLabel: string;
  reasonHint: string;
  /** Added to the hint while a new choice waits for its reason. */
  keptHint: string;
  /** The message when the person confirms without a reason. */
  requiredMessage: string;
  /** A refusal from the store about the reason. */
  error?: string | undefined;
  class?: string | undefined;
  optionsClass?: string | undefined;
  /** Any other choice, once the person has settled on it. */
  onChoose: (choice: T) => unknown;
  /**
   * Each keystroke in the reason box. `draft` is true while the choice needing a reason is not
   * stored yet; the host decides whether typing stores it.
   */
  onReasonInput: (text: string, draft: boolean) => unknown;
  /** "Mark as ..." or leaving the box with a reason: store the choice with its reason. */
  onReasonConfirm: (text: string, draft: boolean) => Promise<unknown> | unknown;
  confirmLabel: string;
}

/**
 * The one "choice that needs a reason" (answers and review items). Picking the option that needs
 * a reason opens the reason box and keeps the earlier stored choice until a reason is given. The
 * box stays in place (and keeps focus) from the first keystroke to the last, whatever storage
 * does in between: what is on screen depends on this component's own state and the stored
 * choice, never on the timing of a write.
 */
export function ChoiceWithReason<T extends string>(props: Props<T>) {
  const { name, needsReason, stored, reason } = props;
  const [draft, setDraft] = useState(false);
  const [text, setText] = useState(reason);
  const [missing, setMissing] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  // Another capability or item: start again from what is stored.
  useEffect(() => {
    setDraft(false);
    setText(reason);
    setMissing(false);
  }, [name]);
  // The reason changed elsewhere (another tab, a refusal): show it unless the person is typing.
  useEffect(() => {
    if (document.activeElement !== box.current) setText(reason);
  }, [reason]);
  // Once the choice needing a reason is stored, the draft is over.
  useEffect(() => {
    if (stored === needsReason) setDraft(false);
  }, [stored]);

  const open = draft && stored !== needsReason;
  const shown = open ? needsReason : props.current === undefined ? stored : props.current;

  function choose(choice: T) {
    setMissing(false);
    if (choice === needsReason) {
      if (stored !== needsReason) setDraft(true);
      return undefined;
    }
    setDraft(false);
    return props.onChoose(choice);
  }

  function confirm(fromButton: boolean) {
    if (text.trim() === '') {
      setMissing(true);
      if (fromButton) box.current?.focus();
      return;
    }
    setMissing(false);
    const wasOpen = open;
    void Promise.resolve(props.onReasonConfirm(text, wasOpen)).then(() => {
      // The button goes away once the choice is stored: the person stays in the reason box.
      if (fromButton) box.current?.focus();
    });
  }

  const message = missing ? props.requiredMessage : shown === needsReason ? props.error : undefined;
  const describedBy = `${name}-reason-hint${message ? ` ${name}-reason-error` : ''}`;

  return (
    <RadioGroup
      name={name}
      legend={props.legend}
      options={props.options}
      value={shown}
      onChoose={choose}
      settle
      class={props.class}
      optionsClass={props.optionsClass}
    >
      {shown === needsReason && (
        <div class={`field na-reason${message ? ' field-error' : ''}`}>
          <label for={`${name}-reason`}>{props.reasonLabel}</label>
          <p class="hint" id={`${name}-reason-hint`}>
            {props.reasonHint}
            {open && stored !== null ? ` ${props.keptHint}` : ''}
          </p>
          {message && (
            <p class="error-text" id={`${name}-reason-error`} role="alert">
              <span class="visually-hidden">Error: </span>
              {message}
            </p>
          )}
          <textarea
            id={`${name}-reason`}
            ref={box}
            value={text}
            aria-invalid={message ? true : undefined}
            aria-describedby={describedBy}
            onInput={(event) => {
              const value = event.currentTarget.value;
              setText(value);
              if (value.trim() !== '') setMissing(false);
              props.onReasonInput(value, open);
            }}
            onBlur={(event) => {
              // Moving to the confirm button confirms there, so the button is not taken away under the person.
              if (event.relatedTarget !== button.current) confirm(false);
            }}
          />
          {open && (
            <div class="actions">
              <button type="button" ref={button} onClick={() => confirm(true)}>
                {props.confirmLabel}
              </button>
            </div>
          )}
        </div>
      )}
    </RadioGroup>
  );
}
