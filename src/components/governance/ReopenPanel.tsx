import { useEffect, useRef, useState } from 'preact/hooks';
import { reopen } from '../../stores/governance/decision';
import { Field } from '../Field';

interface Props {
  nextRevision: number;
  onReopened: (reviewId: string) => void;
}

/** Reopening asks once, with a reason for the record; the signed-off revision stays as it is. */
export function ReopenPanel({ nextRevision, onReopened }: Props) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (asking) field.current?.querySelector('textarea')?.focus();
  }, [asking]);

  async function confirm(event: Event) {
    event.preventDefault();
    setBusy(true);
    const result = await reopen(reason);
    setBusy(false);
    if (result.ok) onReopened(result.reviewId);
    else setError(result.message);
  }

  if (!asking) {
    return (
      <div class="actions no-print">
        <button type="button" class="secondary" onClick={() => setAsking(true)}>
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
      <div ref={field}>
        <Field
          id="reopen-reason"
          label="Why is the review reopened?"
          hint="For example: the model was retrained, its purpose changed, or an incident showed a gap. Recorded in the history."
          error={error ?? undefined}
          value={reason}
          multiline
          onInput={setReason}
        />
      </div>
      <div class="actions">
        <button type="submit" disabled={busy}>
          Reopen as revision {nextRevision}
        </button>
        <button type="button" class="secondary" onClick={() => setAsking(false)}>
          Keep it signed off
        </button>
      </div>
    </form>
  );
}
