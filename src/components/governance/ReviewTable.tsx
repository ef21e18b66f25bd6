import type { ReviewRow } from '../../stores/governance/list';
import { formatDate } from '../format';
import { reviewUrl } from '../urls';
import { RevisionStatusBadge } from './badges';
import { DataTable } from '../DataTable';

/** Every review in this browser, one row per review (its latest revision). */
export function ReviewTable({ rows }: { rows: ReviewRow[] }) {
  return (
    <DataTable
      caption="Governance reviews"
      class="review-table"
      captionHidden
      columns={[
        { label: 'Subject' },
        { label: 'Checklist' },
        { label: 'Status' },
        { label: 'Progress', numeric: true },
        { label: 'Blocking findings', numeric: true },
        { label: 'Last change' },
      ]}
    >
      <tbody>
        {rows.map(({ review, revisions, subject, subjectMissing, summary }) => (
          <tr key={review.lineageId}>
            <th scope="row">
              <a href={reviewUrl(review.id)}>{subject}</a>
              <span class="cell-note">
                {review.subject.kind === 'model'
                  ? 'Named model'
                  : subjectMissing
                    ? 'Use case no longer in the backlog'
                    : 'Use case'}
                {revisions > 1 ? ` · revision ${review.revision}` : ''}
              </span>
            </th>
            <td data-label="Checklist">
              <span>
                {review.template.title}
                <span class="cell-note">version {review.template.version}</span>
              </span>
            </td>
            <td data-label="Status">
              <RevisionStatusBadge review={review} blocking={summary.blockingFindings} />
            </td>
            <td class="num" data-label="Progress">
              {summary.progress.answered} of {summary.progress.applicable}
            </td>
            <td class={`num${summary.blockingFindings > 0 ? ' bad-text' : ''}`} data-label="Blocking findings">
              {summary.blockingFindings}
            </td>
            <td data-label="Last change">{formatDate(review.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
