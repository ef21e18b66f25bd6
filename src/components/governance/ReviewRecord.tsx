import { useStore } from '@nanostores/preact';
import {
  $auditLog,
  $blocking,
  $findings,
  $history,
  $latest,
  $progress,
  $review,
  $reviewAnswers,
  $reviewer,
  $revisions,
} from '../../stores/governance/review';
import { $coverage } from '../../stores/governance/coverage';
import { CoverageSection } from './CoverageSection';
import { FindingsTable } from './FindingsTable';
import { HistorySection } from './HistorySection';
import { ReopenPanel } from './ReopenPanel';
import { SignOffForm } from './SignOffForm';

interface Props {
  printing: boolean;
  /** Called with the new revision's id after the review was reopened. */
  onReopened: (id: string) => void;
}

/**
 * The lower part of a review: coverage, the decision, the findings and the history. It sits below
 * the checklist, so its code is fetched after the checklist has painted.
 */
export function ReviewRecord({ printing, onReopened }: Props) {
  const review = useStore($review);
  const latest = useStore($latest);
  const answers = useStore($reviewAnswers);
  const progress = useStore($progress);
  const blocking = useStore($blocking);
  const allFindings = useStore($findings);
  const coverage = useStore($coverage);
  const log = useStore($auditLog);
  const history = useStore($history);
  const revisions = useStore($revisions);
  const reviewer = useStore($reviewer);
  if (!review) return null;
  const editable = review.status === 'in-review';

  return (
    <>
      <CoverageSection coverage={coverage} />
      <section aria-labelledby="decision-title" class="print-break deferred-layout">
        <h2 id="decision-title">Decision</h2>
        {editable ? (
          <SignOffForm
            reviewer={reviewer}
            progress={progress}
            blocking={blocking.length}
            onSigned={() => document.getElementById('review-title')?.focus()}
          />
        ) : (
          <p>
            The decision is shown at the top of the page.
            {review.status === 'superseded' ? ' A later revision has replaced this one.' : ''}
          </p>
        )}
        {review.status === 'signed-off' && latest?.id === review.id && (
          <ReopenPanel nextRevision={review.revision + 1} onReopened={onReopened} />
        )}
      </section>
      <FindingsTable findings={allFindings} answers={answers} />
      <HistorySection entries={log} check={history} revisions={revisions} template={review.template} printing={printing} />
    </>
  );
}
