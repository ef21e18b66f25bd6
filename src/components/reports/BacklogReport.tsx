import type { GovernanceSection, UseCasesSection } from '../../lib/reports/steeringBacklog';
import { formatPercent } from '../format';
import { formatPoints, formatWsjf } from '../backlog/format';
import { DataTable } from '../DataTable';

/** The highest-ranked use cases with score, flags, governance status and what carries the score. */
export function UseCasesReport({ section }: { section: UseCasesSection }) {
  return (
    <>
      <p>
        The {section.top.length} highest-ranked of {section.ranked} active use cases under the weight profile “
        {section.profileName}”. Scores run from 0 to 100; the rank range shows how far the rank moves when any one weight changes
        by a quarter.
      </p>
      <DataTable
        caption="The highest-ranked use cases"
        columns={[
          { label: 'Rank', numeric: true },
          { label: 'Use case' },
          { label: 'Score', numeric: true },
          { label: 'WSJF', numeric: true },
          { label: 'Rank range', numeric: true },
          { label: 'Flags' },
          { label: 'Governance' },
          { label: 'Why' },
        ]}
      >
        <tbody>
          {section.top.map((line) => (
            <tr key={`${line.rank}-${line.title}`}>
              <td class="num">{line.rank}</td>
              <th scope="row">{line.title}</th>
              <td class="num">
                {formatPoints(line.score === null ? null : Math.round(line.score))}
                {line.completeness < 1 && line.score !== null && (
                  <span class="observe">{formatPercent(line.completeness)} rated</span>
                )}
              </td>
              <td class="num">{formatWsjf(line.wsjf)}</td>
              <td class="num">{line.best === line.worst ? line.best : `${line.best}–${line.worst}`}</td>
              <td>{line.flags.length === 0 ? 'none' : line.flags.join('; ')}</td>
              <td>{line.governance}</td>
              <td>{line.why}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>
  );
}

/** Use cases per governance status, every current review, and the blocking findings in full. */
export function GovernanceReport({ section }: { section: GovernanceSection }) {
  const blocking = section.reviews.filter((review) => review.blocking.length > 0);
  return (
    <>
      <p class="score-line">
        {section.blockingTotal === 0
          ? 'No blocking findings.'
          : `${section.blockingTotal} blocking finding${section.blockingTotal === 1 ? '' : 's'} in the current reviews.`}
      </p>
      <DataTable caption="Use cases by governance status" columns={[{ label: 'Status' }, { label: 'Use cases', numeric: true }]}>
        <tbody>
          {section.counts.map((count) => (
            <tr key={count.status}>
              <th scope="row">{count.label}</th>
              <td class="num">{count.useCases}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <DataTable
        caption="Current reviews, blocking findings first"
        columns={[
          { label: 'Subject' },
          { label: 'Checklist' },
          { label: 'State' },
          { label: 'Answered', numeric: true },
          { label: 'Blocking', numeric: true },
        ]}
      >
        <tbody>
          {section.reviews.map((review) => (
            <tr key={`${review.subject}-${review.checklist}-${review.revision}`}>
              <th scope="row">
                {review.subject}
                {review.revision > 1 && <span class="observe">revision {review.revision}</span>}
              </th>
              <td>{review.checklist}</td>
              <td>{review.state}</td>
              <td class="num">
                {review.answered} of {review.applicable}
              </td>
              <td class="num">{review.blocking.length}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {blocking.length > 0 && <h3>Blocking findings</h3>}
      {blocking.map((review) => (
        <div key={`${review.subject}-${review.checklist}`} class="keep-together">
          <p>
            <strong>{review.subject}</strong>, {review.checklist}:
          </p>
          <ul>
            {review.blocking.map((finding) => (
              <li key={finding.statement}>
                {finding.statement} <span class="muted">({finding.status})</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
