import type { ChecklistItem } from '../../schemas/checklistTemplate';
import type { EvidenceLink } from '../../schemas/common';
import { commitText, editText, updateItem } from '../../stores/governance/answers';
import { EvidenceList } from '../EvidenceList';
import { MarkdownView } from '../MarkdownView';

interface Props {
  item: ChecklistItem;
  notes: string;
  evidence: readonly EvidenceLink[];
  /** Editing on screen; false for a signed-off revision and for a printout. */
  editing: boolean;
}

/**
 * An item's notes and evidence: editable while the review is in progress, recorded text once it
 * is signed off or printed. Loaded after the checklist is on screen (or when a card opens them).
 */
export function ItemExtras({ item, notes, evidence, editing }: Props) {
  return (
    <>
      {editing ? (
        <div class="field">
          <label for={`notes-${item.id}`}>Notes</label>
          <p class="hint" id={`notes-${item.id}-hint`}>
            What you saw, who you asked, what remains to do. Markdown is supported. Saved when you pause typing.
          </p>
          <textarea
            id={`notes-${item.id}`}
            aria-describedby={`notes-${item.id}-hint`}
            value={notes}
            onInput={(event) => editText(item.id, 'notes', event.currentTarget.value)}
            onBlur={() => void commitText(item.id, 'notes')}
          />
        </div>
      ) : (
        notes.trim() !== '' && (
          <div class="recorded-notes">
            <h5>Notes</h5>
            <MarkdownView text={notes} />
          </div>
        )
      )}
      {editing || evidence.length > 0 ? (
        <EvidenceList
          headingLevel={5}
          idPrefix={`evidence-${item.id}`}
          links={evidence}
          readOnly={!editing}
          onChange={(links) => void updateItem(item.id, { evidence: links })}
        />
      ) : null}
    </>
  );
}
