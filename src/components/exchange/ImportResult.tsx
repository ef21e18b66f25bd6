import { countLabel, tableNames } from '../../lib/exchange/tables';
import { cancelImport, type ImportDone } from '../../stores/workspace/importFile';
import type { Resolution } from '../../lib/exchange/merge';
import { DataTable } from '../DataTable';

const outcomes: [Resolution, string][] = [
  ['keep-mine', 'yours kept'],
  ['take-theirs', 'the file’s copy taken'],
  ['keep-both', 'both kept'],
];

/** "Conflicts: 2 yours kept, 1 both kept." or an empty string when there were none. */
function resolvedText(resolved: ImportDone['resolved']): string {
  const parts = outcomes.flatMap(([key, label]) => ((resolved[key] ?? 0) > 0 ? [`${resolved[key]} ${label}`] : []));
  return parts.length === 0 ? '' : `Conflicts: ${parts.join(', ')}.`;
}

/** After an import: what was written, and whether every review history still checks out. */
export function ImportResult({ done }: { done: ImportDone }) {
  const written = tableNames.filter((table) => (done.written[table] ?? 0) > 0);
  const broken = done.chains.filter((chain) => !chain.check.intact);
  return (
    <section class="import-result card" aria-labelledby="import-result-title">
      <h3 id="import-result-title">{done.mode === 'replace' ? `Restored ${done.fileName}` : `Imported ${done.fileName}`}</h3>
      <div role="status">
        {written.length === 0 ? (
          <p>Nothing needed to change: your workspace already held everything in the file.</p>
        ) : (
          <>
            <p>{done.mode === 'replace' ? 'Your workspace now holds:' : 'Written to your workspace:'}</p>
            <ul>
              {written.map((table) => (
                <li key={table}>{countLabel(table, done.written[table] ?? 0)}</li>
              ))}
            </ul>
          </>
        )}
        {resolvedText(done.resolved) && <p>{resolvedText(done.resolved)}</p>}
        {done.refusedEntries > 0 && (
          <p>{countLabel('auditLog', done.refusedEntries)} from the file were left out so that no history is rewritten.</p>
        )}
      </div>

      <h4>Review histories checked</h4>
      {done.chains.length === 0 ? (
        <p>There are no governance review histories in the workspace.</p>
      ) : (
        <>
          <p class={`notice${broken.length > 0 ? ' error' : ''}`} role={broken.length > 0 ? 'alert' : 'status'}>
            {broken.length === 0
              ? `All ${done.chains.length} review histories are intact.`
              : `${broken.length} of ${done.chains.length} review histories no longer check out. Their records are kept; see which below.`}
          </p>
          <DataTable
            caption="History check per review"
            captionHidden
            columns={[{ label: 'Review' }, { label: 'Entries', numeric: true }, { label: 'History' }]}
          >
            <tbody>
              {done.chains.map((chain) => (
                <tr key={chain.lineageId}>
                  <th scope="row">{chain.label}</th>
                  <td class="num">{chain.entries}</td>
                  <td>
                    {chain.check.intact ? 'Intact' : `Broken from entry ${chain.check.firstBrokenSeq}: ${chain.check.reason}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      )}
      <div class="actions">
        <button type="button" class="secondary" onClick={cancelImport}>
          Import another file
        </button>
      </div>
    </section>
  );
}
