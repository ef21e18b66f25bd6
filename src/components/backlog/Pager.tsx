import { useStore } from '@nanostores/preact';
import { $page, $pageCount, $visibleRows, PAGE_SIZE, goToPage } from '../../stores/backlog/view';
import { formatCount } from './format';

/** Previous/next paging: the table shows 50 rows at a time, however long the backlog is. */
export function Pager() {
  const page = useStore($page);
  const count = useStore($pageCount);
  const total = useStore($visibleRows).length;
  const current = Math.min(page, count);
  const first = total === 0 ? 0 : (current - 1) * PAGE_SIZE + 1;
  const last = Math.min(total, current * PAGE_SIZE);
  return (
    <nav class="pager" aria-label="Pages of the backlog table">
      <p role="status" aria-live="polite">
        {total === 0
          ? 'No use cases match.'
          : `Showing ${formatCount(first)} to ${formatCount(last)} of ${formatCount(total)} use cases`}
      </p>
      {count > 1 && (
        <div class="actions">
          <button
            type="button"
            class="secondary"
            aria-disabled={current <= 1 || undefined}
            onClick={() => current > 1 && goToPage(current - 1)}
          >
            Previous page
          </button>
          <span>
            Page {current} of {count}
          </span>
          <button
            type="button"
            class="secondary"
            aria-disabled={current >= count || undefined}
            onClick={() => current < count && goToPage(current + 1)}
          >
            Next page
          </button>
        </div>
      )}
    </nav>
  );
}
