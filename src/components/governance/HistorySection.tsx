import { useState } from 'preact/hooks';
import type { AuditEntry, Review } from '../../schemas/governance';
import { describeEntry } from '../../lib/governance/auditDescribe';
import type { HistoryState } from '../../stores/governance/review';
import { formatDateTime } from '../format';
import { DataTable } from '../DataTable';
import { HistoryIndicator } from './HistoryIndicator';

interface Props {
  entries: AuditEntry[];
  check: HistoryState | null;
  revisions: Review[];
  template: Review['template'];
  printing: boolean;
}

const RECENT = 25;
const shorten = (text: string, length = 70) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text);

/** The audit log of the whole review (every revision): newest first, with what changed. */
export function HistorySection({ entries, check, revisions, template, printing }: Props) {
  const [all, setAll] = useState(false);
  const revisionOf = new Map(revisions.map((revision) => [revision.id, revision.revision]));
  const statementOf = new Map(template.items.map((item) => [item.id, item.statement]));
  const newestFirst = [...entries].reverse();
  const shown = all || printing ? newestFirst : newestFirst.slice(0, RECENT);

  return (
    <section aria-labelledby="history-title" class="print-break deferred-layout">
      <h2 id="history-title">History</h2>
      <HistoryIndicator check={check} />
      <details class="no-print">
        <summary>How is the history protected?</summary>
        <p>
          Every change is written together with a history entry: who, when, which item, and the value before and after. Each entry
          also keeps the SHA-256 fingerprint of the entry before it, so changing, removing or reordering an entry breaks the chain
          at that point, and the portal says where. The stored answers are also compared with what the history records.
        </p>
        <p>
          This makes tampering evident, not impossible: someone who rewrites an entry and recomputes every fingerprint after it
          can produce a chain that checks out. Keep exported copies of signed-off reviews where they cannot be edited.
        </p>
      </details>
      <DataTable
        caption={
          <>
            History entries, newest first{shown.length < entries.length ? ` (latest ${shown.length} of ${entries.length})` : ''}
          </>
        }
        class="history-table"
        columns={[
          { label: 'No.', numeric: true },
          { label: 'When' },
          { label: 'Who' },
          { label: 'What' },
          { label: 'Before → after' },
        ]}
      >
        <tbody>
          {shown.map((entry) => {
            const described = describeEntry(entry);
            const broken = check && 'chain' in check && !check.chain.intact && check.chain.firstBrokenSeq === entry.seq;
            return (
              <tr key={entry.id} class={broken ? 'broken-row' : ''}>
                <td class="num">{entry.seq}</td>
                <td>{formatDateTime(entry.at)}</td>
                <td>{entry.actor}</td>
                <td>
                  {described.action}
                  {revisionOf.has(entry.reviewId) && <span class="cell-note">revision {revisionOf.get(entry.reviewId)}</span>}
                  {entry.itemId && <span class="cell-note">{shorten(statementOf.get(entry.itemId) ?? entry.itemId)}</span>}
                </td>
                <td>
                  <ul class="changes">
                    {described.changes.map((change) => (
                      <li key={change.field}>
                        <span class="change-field">{change.field}:</span> {shorten(change.before, 120)} →{' '}
                        {shorten(change.after, 160)}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </DataTable>
      {entries.length > RECENT && !printing && (
        <div class="actions">
          <button type="button" class="secondary" onClick={() => setAll(!all)}>
            {all ? `Show the latest ${RECENT} entries` : `Show all ${entries.length} entries`}
          </button>
        </div>
      )}
    </section>
  );
}
