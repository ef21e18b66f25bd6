import { useState } from 'preact/hooks';
import type { Assessment } from '../../schemas/assessment';
import { Loading } from '../Loading';
import { useLazy } from '../useLazy';

/** The assessment's own details behind a disclosure; the form's code arrives when it is first opened. */
export function AssessmentDetails({ assessment }: { assessment: Assessment }) {
  const [open, setOpen] = useState(false);
  const form = useLazy(() => import('./AssessmentDetailsForm'), open);
  return (
    <details class="assessment-details no-print" onToggle={(event) => setOpen(open || event.currentTarget.open)}>
      <summary>Edit the assessment’s details</summary>
      {form ? <form.AssessmentDetailsForm assessment={assessment} /> : open && <Loading>Opening the details…</Loading>}
    </details>
  );
}
