import type { ReviewAnswer } from '../../schemas/governance';
import type { Finding } from '../../lib/governance/reviewState';
import { itemStatusLabels } from '../../lib/governance/labels';
import { SeverityBadge } from './badges';
import { DataTable } from '../DataTable';

interface Props {
  findings: Finding[];
  answers: Record<string, ReviewAnswer>;
}

/** Every item found not met or partially met, most severe first: what the decision has to weigh. */
export function FindingsTable({ findings, answers }: Props) {
  return (
    <section aria-labelledby="findings-title" class="deferred-layout">
      <h2 id="findings-title">Findings</h2>
      {findings.length === 0 ? (
        <p>No item is marked not met or partially met.</p>
      ) : (
        <DataTable
          caption="Items not met or partially met"
          captionHidden
          columns={[{ label: 'Severity' }, { label: 'Item' }, { label: 'Finding' }, { label: 'Evidence links', numeric: true }]}
        >
          <tbody>
            {findings.map(({ item, status }) => (
              <tr key={item.id}>
                <td>
                  <SeverityBadge severity={item.severity} />
                </td>
                <th scope="row">
                  <a href={`#item-${item.id}`}>{item.statement}</a>
                </th>
                <td>{itemStatusLabels[status]}</td>
                <td class="num">{answers[item.id]?.evidence.length ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}
