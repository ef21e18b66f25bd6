import { itemStatuses, type ItemStatus } from '../../schemas/enums';
import { itemStatusLabels } from '../../lib/governance/labels';
import { JUSTIFICATION_REQUIRED } from '../../lib/governance/answerFields';
import { commitText, editText, updateItem } from '../../stores/governance/answers';
import { ChoiceWithReason } from '../form/ChoiceWithReason';

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

const options = itemStatuses.map((status) => ({ value: status, label: itemStatusLabels[status] }));

/**
 * Met, partially met, not met or not applicable. "Not applicable" is stored only once a
 * justification is confirmed (each stored change is a history entry): until then the earlier
 * answer stands and the form says so.
 */
export function ItemStatusChoice({ itemId, stored, current, justification, error }: Props) {
  return (
    <ChoiceWithReason
      name={`status-${itemId}`}
      class="status-choice"
      optionsClass="status-options"
      legend="Your finding"
      options={options}
      needsReason="not-applicable"
      stored={stored}
      current={current}
      reason={justification}
      reasonLabel="Why does this item not apply?"
      reasonHint="Required. The justification is part of the record and is printed with it."
      keptHint="Until you give one, the earlier answer is kept."
      requiredMessage={JUSTIFICATION_REQUIRED}
      error={error}
      confirmLabel="Mark as not applicable"
      onChoose={(status) => updateItem(itemId, { status })}
      // A stored "not applicable" saves its justification as it is edited; a draft waits for the button.
      onReasonInput={(text, draft) => {
        if (!draft) editText(itemId, 'justification', text);
      }}
      onReasonConfirm={(text, draft) =>
        draft ? updateItem(itemId, { status: 'not-applicable', justification: text }) : commitText(itemId, 'justification')
      }
    />
  );
}
