import { useEffect, useRef, useState } from 'preact/hooks';
import { countLabel, tableLabels, tableNames } from '../../lib/exchange/tables';
import { cancelImport, confirmImport, setImportMode, type ImportState } from '../../stores/workspace/importFile';
import { formatDateTime } from '../format';
import { DataTable } from '../DataTable';
import { RadioGroup } from '../form/RadioGroup';
import { ConflictList } from './ConflictList';
import { scopeLabels } from './labels';

export { ImportResult } from './ImportResult';

type Previewing = Extract<ImportState, { step: 'preview' | 'importing' | 'failed' }>;

const number = new Intl.NumberFormat('en-GB');

/** Step 3: what the file holds and what importing it would do, per table, before anything is stored. */
export function ImportPreview({ state, lockMode, idPrefix }: { state: Previewing; lockMode: boolean; idPrefix: string }) {
  const { preview } = state;
  const { restored, plan, mode, current } = preview;
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const busy = state.step === 'importing';

  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const file = restored.file;
  const inFile = tableNames.filter((table) => restored.data[table].length > 0);
  const stored = tableNames.filter((table) => current[table] > 0);
  const conflicts = plan?.items.filter((item) => item.status === 'conflict') ?? [];
  const comparing = mode === 'add' && !plan;
  const fileRows = inFile.reduce((sum, table) => sum + restored.data[table].length, 0);

  return (
    <section class="import-preview card" aria-labelledby={`${idPrefix}-preview-title`}>
      <h3 id={`${idPrefix}-preview-title`} tabIndex={-1} ref={headingRef}>
        Before you import {preview.fileName}
      </h3>
      <p>
        This file holds {scopeLabels[restored.scope]}, exported on {formatDateTime(file.exportedAt)} by {file.portal.name}{' '}
        {file.portal.version}
        {file.exportedBy ? `, by ${file.exportedBy}` : ''}.{file.title ? ` ${file.title}.` : ''}
      </p>
      {restored.migratedFrom !== null && (
        <p class="hint">
          It was written in an older file format and was brought up to date for reading: {restored.notes.join('; ')}. The file
          itself is not changed.
        </p>
      )}

      {!lockMode && (
        <RadioGroup
          name={`${idPrefix}-mode`}
          class="exchange-choice"
          legend="How to import"
          value={mode}
          disabled={busy}
          onChoose={(choice) => {
            setConfirming(false);
            return setImportMode(choice);
          }}
          options={[
            {
              value: 'add',
              label: (
                <>
                  Add to my workspace
                  <span class="observe">What is stored stays; you decide where both have the same item.</span>
                </>
              ),
            },
            {
              value: 'replace',
              label: (
                <>
                  Replace my workspace (restore a backup)
                  <span class="observe">Everything stored in this browser is deleted and the file’s data takes its place.</span>
                </>
              ),
            },
          ]}
        />
      )}

      {comparing ? (
        <p role="status">Comparing the file with your workspace…</p>
      ) : (
        <DataTable
          caption={mode === 'add' ? 'What adding the file would do' : 'What restoring the file would do'}
          columns={
            mode === 'add'
              ? [
                  { label: 'Kind' },
                  ...['New', 'Same as stored', 'Later version', 'Conflicts'].map((label) => ({ label, numeric: true })),
                ]
              : [{ label: 'Kind' }, { label: 'Stored now', numeric: true }, { label: 'After the restore', numeric: true }]
          }
        >
          <tbody>
            {tableNames
              .filter((table) => restored.data[table].length > 0 || (mode === 'replace' && current[table] > 0))
              .map((table) => {
                const counts = plan?.tables[table];
                const label = tableLabels[table].many;
                return mode === 'add' && counts ? (
                  <tr key={table}>
                    <th scope="row">{label[0]?.toUpperCase() + label.slice(1)}</th>
                    <td class="num">{number.format(counts.added)}</td>
                    <td class="num">{number.format(counts.unchanged)}</td>
                    <td class="num">{number.format(counts.changed)}</td>
                    <td class="num">{number.format(counts.conflicts)}</td>
                  </tr>
                ) : (
                  <tr key={table}>
                    <th scope="row">{label[0]?.toUpperCase() + label.slice(1)}</th>
                    <td class="num">{number.format(current[table])}</td>
                    <td class="num">{number.format(restored.data[table].length)}</td>
                  </tr>
                );
              })}
          </tbody>
        </DataTable>
      )}
      {inFile.length === 0 && <p>The file holds no records.</p>}

      {mode === 'add' && conflicts.length > 0 && (
        <ConflictList conflicts={conflicts} decisions={preview.decisions} disabled={busy} idPrefix={idPrefix} />
      )}
      {mode === 'add' && plan && plan.refusedEntries.length > 0 && (
        <div class="notice warn">
          <p>
            {countLabel('auditLog', plan.refusedEntries.length)} in the file will not be imported: a review history is only ever
            added to, never rewritten.
          </p>
          <ul>
            {plan.refusedEntries.slice(0, 10).map((entry) => (
              <li key={entry.id}>
                Entry {entry.seq} (<code>{entry.id}</code>): {entry.reason}.
              </li>
            ))}
          </ul>
        </div>
      )}

      {state.step === 'failed' && (
        <p class="notice error" role="alert">
          {state.message}
        </p>
      )}
      {busy && (
        <p role="status" class="notice">
          Importing… keep this page open.
        </p>
      )}

      {confirming && mode === 'replace' ? (
        <div
          class="notice warn"
          role="alertdialog"
          aria-labelledby={`${idPrefix}-confirm-title`}
          aria-describedby={`${idPrefix}-confirm-text`}
          tabIndex={-1}
          ref={confirmRef}
        >
          <h4 id={`${idPrefix}-confirm-title`}>Replace everything stored in this browser?</h4>
          <div id={`${idPrefix}-confirm-text`}>
            {stored.length === 0 ? (
              <p>Nothing is stored yet, so nothing will be lost.</p>
            ) : (
              <>
                <p>These will be deleted and cannot be brought back unless you have a backup:</p>
                <ul>
                  {stored.map((table) => (
                    <li key={table}>{countLabel(table, current[table])}</li>
                  ))}
                </ul>
              </>
            )}
            <p>
              In their place: the {number.format(fileRows)} records of {preview.fileName}.
            </p>
          </div>
          <div class="actions">
            <button type="button" class="danger" disabled={busy} onClick={() => void confirmImport()}>
              Yes, replace my workspace
            </button>
            <button type="button" class="secondary" disabled={busy} onClick={() => setConfirming(false)}>
              Go back
            </button>
          </div>
        </div>
      ) : (
        <div class="actions">
          {mode === 'add' ? (
            <button type="button" disabled={busy || comparing} onClick={() => void confirmImport()}>
              Import into my workspace
            </button>
          ) : (
            <button type="button" class="danger" disabled={busy} onClick={() => setConfirming(true)}>
              Replace my workspace…
            </button>
          )}
          <button type="button" class="secondary" disabled={busy} onClick={cancelImport}>
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
