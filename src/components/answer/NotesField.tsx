import { useEffect, useState } from 'preact/hooks';
import type { Answer } from '../../schemas/assessment';
import { limits } from '../../schemas/limits';
import { updateAnswer } from '../../stores/assessment/answering';
import { Field, FieldShell } from '../Field';
import { MarkdownView } from '../MarkdownView';
import { focusById } from '../focus';

interface Props {
  capabilityId: string;
  answer: Answer | undefined;
}

const HINT = 'What you based the answer on, who you asked, what is planned. Markdown is supported (lists, **bold**, links).';

export function NotesField({ capabilityId, answer }: Props) {
  const [preview, setPreview] = useState(false);
  const notes = answer?.notes ?? '';
  useEffect(() => setPreview(false), [capabilityId]);
  const id = `notes-${capabilityId}`;
  const toggle = (
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
  );
  if (preview) {
    return (
      <FieldShell
        id={id}
        label="Notes"
        hint={HINT}
        control={() => (
          <div class="card prose" aria-label="Notes preview">
            {notes.trim() === '' ? <p class="muted">No notes yet.</p> : <MarkdownView text={notes} />}
          </div>
        )}
      >
        {toggle}
      </FieldShell>
    );
  }
  return (
    <Field
      id={id}
      label="Notes"
      hint={HINT}
      value={notes}
      multiline
      limit={limits.answer.notes}
      // Saved as typed, so there is no summary: a message about the length is announced where it appears.
      announce
      onInput={(value) => void updateAnswer(capabilityId, { notes: value })}
    >
      {toggle}
    </Field>
  );
}
