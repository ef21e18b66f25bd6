import { useEffect, useState } from 'preact/hooks';
import type { ItemStatus } from '../../schemas/governance';
import { itemStatusLabels, orderedKeys } from '../../lib/governance/labels';
import { JUSTIFICATION_REQUIRED } from '../../lib/governance/transitions';
import { commitText, editText, updateItem } from '../../stores/governance/answers';

interface Props {
  itemId: string;
  /** The status stored for the item. */
  stored: ItemStatus | null;
  /** The status on screen: the stored one, or a change still on its way to storage. */
  current: ItemStatus | null;
  /** The justification shown (stored, or being typed). */
  justification: string;
  /** A refusal from the store, shown next to the justification. */
  error: string | undefined;
}

const statuses = orderedKeys(itemStatusLabels);

/**
 * Met, partially met, not met or not applicable. "Not applicable" is stored only once a
 * justification is given: until then the earlier answer stands and the form says so.
 */
export function ItemStatusChoice({ itemId, stored, current, justification, error }: Props) {
  const [draftNa, setDraftNa] = useState(false);
  const [text, setText] = useState(justification);
  const [localError, setLocalError] = useState<string | null>(null);
  const name = `status-${itemId}`;
  const shown: ItemStatus | null = draftNa ? 'not-applicable' : current;

  useEffect(() => {
    if (!draftNa) setText(justification);
  }, [justification, draftNa]);

  function choose(status: ItemStatus) {
    setLocalError(null);
    if (status === 'not-applicable') {
      if (stored !== 'not-applicable') setDraftNa(true);
      return;
    }
    setDraftNa(false);
    void updateItem(itemId, { status });
  }

  function confirm() {
    if (text.trim() === '') {
      setLocalError(JUSTIFICATION_REQUIRED);
      return;
    }
    setLocalError(null);
    void updateItem(itemId, { status: 'not-applicable', justification: text }).then((stored) => {
      if (stored) setDraftNa(false);
    });
  }

  function type(value: string) {
    setText(value);
    // A stored "not applicable" saves its justification as it is edited; a draft waits for the button.
    if (!draftNa) editText(itemId, 'justification', value);
  }

  function leave() {
    if (draftNa) {
      if (text.trim() !== '') confirm();
      return;
    }
    void commitText(itemId, 'justification');
  }

  const message = localError ?? (shown === 'not-applicable' ? error : undefined);
  const describedBy = `${name}-na-hint${message ? ` ${name}-na-error` : ''}`;

  return (
    <fieldset class="status-choice">
      <legend>Your finding</legend>
      <div class="status-options">
        {statuses.map((status) => (
          <div class="choice" key={status}>
            <input
              type="radio"
              id={`${name}-${status}`}
              name={name}
              value={status}
              checked={shown === status}
              onChange={() => choose(status)}
            />
            <label for={`${name}-${status}`}>{itemStatusLabels[status]}</label>
          </div>
        ))}
      </div>
      {shown === 'not-applicable' && (
        <div class={`field na-reason${message ? ' field-error' : ''}`}>
          <label for={`${name}-na`}>Why does this item not apply?</label>
          <p class="hint" id={`${name}-na-hint`}>
            Required. The justification is part of the record and is printed with it.
            {draftNa && stored !== null ? ' Until you give one, the earlier answer is kept.' : ''}
          </p>
          {message && (
            <p class="error-text" id={`${name}-na-error`} role="alert">
              <span class="visually-hidden">Error: </span>
              {message}
            </p>
          )}
          <textarea
            id={`${name}-na`}
            value={text}
            aria-invalid={message ? true : undefined}
            aria-describedby={describedBy}
            onInput={(event) => type(event.currentTarget.value)}
            onBlur={leave}
          />
          {draftNa && (
            <div class="actions">
              <button type="button" onClick={confirm}>
                Mark as not applicable
              </button>
            </div>
          )}
        </div>
      )}
    </fieldset>
  );
}
