import type { Finding, ReviewProgress } from '../../lib/governance/reviewState';
import { itemStatusLabels } from '../../lib/governance/labels';
import { itemStatuses } from '../../schemas/enums';
import { formatPercent } from '../format';

interface Props {
  progress: ReviewProgress;
  blocking: Finding[];
  otherFindings: number;
  editable: boolean;
  /** Prints the review record once everything it holds is on the page. */
  onPrint: () => void;
}

/** Always in view on wide screens: how far the review is, and what blocks it, with links to the items. */
export function SummaryPanel({ progress, blocking, otherFindings, editable, onPrint }: Props) {
  const nextOpen = progress.open[0];
  return (
    <aside class="summary-panel" aria-labelledby="summary-title">
      <h2 id="summary-title">Summary</h2>
      <p class="progress-figure">
        <label for="review-progress">
          {progress.answered} of {progress.applicable} items answered
        </label>
        <progress id="review-progress" max={progress.applicable} value={progress.answered}>
          {formatPercent(progress.applicable === 0 ? 0 : progress.answered / progress.applicable)}
        </progress>
      </p>
      <ul class="status-counts">
        {itemStatuses.map((status) => (
          <li key={status}>
            <span class={`dot status-${status}`} aria-hidden="true" />
            {itemStatusLabels[status]}: {progress.counts[status]}
          </li>
        ))}
      </ul>
      {editable && nextOpen && (
        <p class="no-print">
          <a href={`#item-${nextOpen.id}`}>Go to the next open item</a>
        </p>
      )}

      <h3 id="blocking-title" class={blocking.length > 0 ? 'bad-text' : ''}>
        Blocking findings: {blocking.length}
      </h3>
      {blocking.length === 0 ? (
        <p class="muted">No blocker item is marked not met or partially met.</p>
      ) : (
        <ul class="finding-links" aria-labelledby="blocking-title">
          {blocking.map(({ item, status }) => (
            <li key={item.id}>
              <a href={`#item-${item.id}`} class="clamp">
                {item.statement}
              </a>{' '}
              <span class="muted">({itemStatusLabels[status].toLowerCase()})</span>
            </li>
          ))}
        </ul>
      )}
      {otherFindings > 0 && (
        <p class="muted">
          Plus {otherFindings} other {otherFindings === 1 ? 'finding' : 'findings'} on major or minor items, listed under{' '}
          <a href="#findings-title">Findings</a>.
        </p>
      )}
      <nav aria-label="On this page" class="no-print">
        <ul class="page-links">
          <li>
            <a href="#checklist-title">Checklist</a>
          </li>
          <li>
            <a href="#coverage-title">Coverage</a>
          </li>
          <li>
            <a href="#decision-title">Decision</a>
          </li>
          <li>
            <a href="#history-title">History</a>
          </li>
        </ul>
      </nav>
      <button type="button" class="secondary no-print" onClick={onPrint}>
        Print the review record
      </button>
    </aside>
  );
}
