import { useEffect, useState } from 'preact/hooks';
import type { Answer } from '../../schemas/assessment';
import { updateAnswer } from '../../stores/assessment/answering';
import { MarkdownView } from '../MarkdownView';
import { focusById } from '../focus';

interface Props {
  capabilityId: string;
  answer: Answer | undefined;
}

export function NotesField({ capabilityId, answer }: Props) {
  const [preview, setPreview] = useState(false);
  const notes = answer?.notes ?? '';
  useEffect(() => setPreview(false), [capabilityId]);
  const id = `notes-${capabilityId}`;
  return (
    <div class="field">
      <label for={id}>Notes</label>
      <p class="hint" id={`${id}-hint`}>
        What you based the answer on, who you asked, what is planned. Markdown is supported (lists, **bold**, links).
      </p>
      {preview ? (
        <div class="card prose" aria-label="Notes preview">
          {notes.trim() === '' ? <p class="muted">No notes yet.</p> : <MarkdownView text={notes} />}
        </div>
      ) : (
        <textarea
          id={id}
          aria-describedby={`${id}-hint`}
          value={notes}
          onInput={(event) => void updateAnswer(capabilityId, { notes: event.currentTarget.value })}
        />
      )}
      <div class="actions">
        <button
          type="button"
          class="secondary"
          aria-pressed={preview}
          onClick={() => {
            // Back to editing, focus goes to the box; previewing, it stays on this button.
            if (preview) focusById(id);
            setPreview(!preview);
          }}
        >
          {preview ? 'Edit notes' : 'Preview notes'}
        </button>
      </div>
    </div>
  );
}
