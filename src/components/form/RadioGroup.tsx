import { Fragment, type ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface RadioOption<T extends string> {
  value: T;
  label: ComponentChildren;
  /** The id of an element that describes this option further. */
  describedBy?: string | undefined;
  /** Shown right after this option (for example the fields it opens). */
  after?: ComponentChildren;
}

interface Props<T extends string> {
  /** The group's name; each option's id is `${name}-${value}`. */
  name: string;
  legend: ComponentChildren;
  options: readonly RadioOption<T>[];
  /** The choice on screen (stored, or on its way to storage). */
  value: T | null;
  /** Called once the person has settled on a choice (see below); may return the write. */
  onChoose: (value: T) => unknown;
  /**
   * When the choice is saved as it is made: arrow keys move through the options without saving
   * each one passed on the way; the choice is saved after a short pause, on Space or Enter, or when
   * focus leaves the group. A click saves at once.
   */
  settle?: boolean;
  class?: string | undefined;
  optionsClass?: string | undefined;
  describedBy?: string | undefined;
  disabled?: boolean | undefined;
  /** A key that chooses an option at once (for example "1" to "5"), and what happens next. */
  shortcut?: ((key: string) => T | null) | undefined;
  afterShortcut?: (() => void) | undefined;
  /** The group's error, shown under the legend and named by the group's description. */
  error?: string | undefined;
  /** Rendered between the legend and the options (the question, a hint). */
  intro?: ComponentChildren;
  /** Rendered inside the fieldset after the options (for example a reason box). */
  children?: ComponentChildren;
}

/** How long arrow keys may rest on an option before it counts as the person's choice. */
const SETTLE_MS = 900;

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/** The one radio group of the portal: native radios in a fieldset, arrow keys move, one choice is one save. */
export function RadioGroup<T extends string>(props: Props<T>) {
  const { name, legend, options, value, settle = false, describedBy, disabled, children } = props;
  const [pending, setPending] = useState<T | null>(null);
  const arrow = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The choice waiting to be saved, with the handler of the group it was made in.
  const waiting = useRef<{ value: T; onChoose: (value: T) => unknown } | null>(null);

  function commit(): void {
    clearTimeout(timer.current);
    const next = waiting.current;
    waiting.current = null;
    if (!next) return;
    void Promise.resolve(next.onChoose(next.value)).finally(() => {
      if (!waiting.current) setPending(null);
    });
  }

  // A choice still waiting when the group goes away (another capability, another page) is kept.
  useEffect(() => commit, [name]);

  function change(choice: T): void {
    waiting.current = { value: choice, onChoose: props.onChoose };
    setPending(choice);
    if (settle && arrow.current) {
      clearTimeout(timer.current);
      timer.current = setTimeout(commit, SETTLE_MS);
    } else commit();
    arrow.current = false;
  }

  const shown = pending ?? value;
  const errorId = `${name}-error`;
  const described = [describedBy, props.error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      class={[props.class, props.error ? 'field-error' : ''].filter(Boolean).join(' ') || undefined}
      aria-describedby={described}
      disabled={disabled}
      onKeyDown={(event) => {
        const chosen = props.shortcut?.(event.key) ?? null;
        if (chosen !== null && !event.ctrlKey && !event.metaKey && !event.altKey) {
          event.preventDefault();
          arrow.current = false;
          change(chosen);
          props.afterShortcut?.();
          return;
        }
        arrow.current = ARROWS.has(event.key);
        if ((event.key === ' ' || event.key === 'Enter') && waiting.current) commit();
      }}
      onFocusOut={(event) => {
        const to = event.relatedTarget as Node | null;
        const inGroup = to instanceof HTMLInputElement && to.type === 'radio' && to.name === name;
        if (!inGroup) commit();
      }}
    >
      <legend>{legend}</legend>
      {props.error && (
        <p class="error-text" id={errorId}>
          <span class="visually-hidden">Error: </span>
          {props.error}
        </p>
      )}
      {props.intro}
      <div class={props.optionsClass}>
        {options.map((option) => (
          <Fragment key={option.value}>
            <div class="choice">
              <input
                type="radio"
                id={`${name}-${option.value}`}
                name={name}
                value={option.value}
                checked={shown === option.value}
                aria-describedby={option.describedBy}
                onChange={() => change(option.value)}
              />
              <label for={`${name}-${option.value}`}>{option.label}</label>
            </div>
            {option.after}
          </Fragment>
        ))}
      </div>
      {children}
    </fieldset>
  );
}
