import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { REOPEN_REASON_REQUIRED } from '../../lib/governance/lifecycle';
import { reopen } from '../../stores/governance/decision';
import { Field } from '../Field';
import { focusById } from '../focus';
import { useFormErrors } from '../form/useFormErrors';
import { FormActions } from '../form/FormActions';

interface Props {
  nextRevision: number;
  onReopened: (reviewId: string) => void;
}

/** Reopening asks once, with a reason for the record; the signed-off revision stays as it is. */
export function ReopenPanel({ nextRevision, onReopened }: Props) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();
  const moved = useRef(false);

  // The reason box takes focus when the form opens; "Keep it signed off" returns it to the button.
  useLayoutEffect(() => {
    if (!moved.current) return;
    focusById(asking ? 'reopen-reason' : 'reopen-start');
  }, [asking]);

  function ask(next: boolean) {
    moved.current = true;
    setAsking(next);
  }

  async function confirm(event: Event) {
    event.preventDefault();
    if (busy) return;
    if (form.report(reason.trim() === '' ? [{ field: 'reopen-reason', message: REOPEN_REASON_REQUIRED }] : [])) return;
    setBusy(true);
    const result = await reopen(reason);
    setBusy(false);
    if (result.ok) onReopened(result.reviewId);
    else form.report([{ field: 'reopen-reason', message: result.message }]);
  }

  if (!asking) {
    return (
      <div class="actions no-print">
        <button type="button" id="reopen-start" class="secondary" onClick={() => ask(true)}>
          Reopen as revision {nextRevision}
        </button>
      </div>
    );
  }
  return (
    <form class="card no-print" onSubmit={confirm} noValidate aria-labelledby="reopen-title">
      <h3 id="reopen-title">Reopen as revision {nextRevision}</h3>
      <p>
        This revision stays as it is, signed off and read-only. Revision {nextRevision} starts with a copy of every answer and
        takes the use case’s current classification and risk tier.
      </p>
      {form.summary}
      <Field
        id="reopen-reason"
        label="Why is the review reopened?"
        hint="For example: the model was retrained, its purpose changed, or an incident showed a gap. Recorded in the history."
        error={form.errorFor('reopen-reason')}
        value={reason}
        multiline
        onInput={setReason}
      />
      <FormActions
        submit={`Reopen as revision ${nextRevision}`}
        busy={busy}
        onCancel={() => ask(false)}
        cancel="Keep it signed off"
      />
    </form>
  );
}
