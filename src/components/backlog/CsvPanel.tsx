import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import type { CsvDelimiter } from '../../lib/backlog/csvFormat';
import { $importState, resetImport } from '../../stores/backlog/importState';
import { ImportPreview } from './ImportPreview';
import { RejectedList } from './RejectedList';
import { RadioGroup } from '../form/RadioGroup';
import { downloadText } from '../download';
import { focusById } from '../focus';

/** Loaded on first use: the CSV code and its parser are not part of the page's first download. */
const csvModule = () => import('../../stores/backlog/csv');

const download = (text: string, fileName: string) => downloadText(text, fileName, 'text/csv;charset=utf-8');

const FILE_INPUT = 'import-file';

/** Puts the panel back as it was before the file was picked, focus on the file control. */
function backToFilePicker(): void {
  resetImport();
  focusById(FILE_INPUT);
}

function CloseNotice() {
  return (
    <div class="actions">
      <button type="button" class="secondary" onClick={backToFilePicker}>
        Close
      </button>
    </div>
  );
}

/** Export the backlog as CSV, or import a CSV file after a preview. */
export function CsvPanel() {
  const state = useStore($importState);
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(',');
  const [exportMessage, setExportMessage] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  async function exportFile() {
    const { exportBacklogCsv } = await csvModule();
    const { text, fileName } = exportBacklogCsv(delimiter);
    download(text, fileName);
    setExportMessage(`Downloaded ${fileName}.`);
  }

  async function readFile(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    $importState.set({ kind: 'reading', fileName: file.name });
    const [text, { previewImport }] = await Promise.all([file.text(), csvModule()]);
    previewImport(text, file.name);
    // The same file can be picked again after a cancel.
    input.value = '';
  }

  return (
    <section aria-labelledby="csv-title" class="csv-panel card">
      <h2 id="csv-title">CSV export and import</h2>
      <div class="csv-columns">
        <div>
          <h3>Export</h3>
          <p class="hint">One row per rating, with the use case’s details on each row. Opens in spreadsheet programs.</p>
          <RadioGroup
            name="delimiter"
            class="inline-choice"
            legend="Separator"
            value={delimiter === ',' ? 'comma' : 'semicolon'}
            onChoose={(choice) => setDelimiter(choice === 'comma' ? ',' : ';')}
            options={[
              { value: 'comma', label: 'Comma, decimal point (most spreadsheet settings)' },
              { value: 'semicolon', label: 'Semicolon, decimal comma (Nordic and most European settings)' },
            ]}
          />
          <div class="actions">
            <button type="button" onClick={() => void exportFile()}>
              Export CSV
            </button>
          </div>
          {exportMessage && (
            <p role="status" class="hint">
              {exportMessage}
            </p>
          )}
        </div>
        <div>
          <h3>Import</h3>
          <p class="hint" id="import-hint">
            A CSV file in the format of the export (comma or semicolon separated). You see every row before anything is stored;
            use cases with an id that already exists are replaced.
          </p>
          <div class="field">
            <label for={FILE_INPUT}>Choose a CSV file to import</label>
            <input
              ref={fileInput}
              id={FILE_INPUT}
              type="file"
              accept=".csv,text/csv"
              aria-describedby="import-hint"
              onChange={(event) => void readFile(event)}
            />
          </div>
        </div>
      </div>
      {state.kind === 'reading' && <p role="status">Reading {state.fileName}…</p>}
      {state.kind === 'writing' && <p role="status">Importing the rows of {state.fileName}…</p>}
      {state.kind === 'refused' && (
        <div class="notice error" role="alert">
          <p>
            <strong>{state.fileName} was not imported.</strong> {state.problem}
          </p>
          {state.rejected.length > 0 && <RejectedList rejected={state.rejected} />}
          <CloseNotice />
        </div>
      )}
      {state.kind === 'preview' && (
        <ImportPreview
          preview={state}
          onConfirm={(rater) =>
            void csvModule().then((m) => {
              if (rater !== null) m.nameUnnamedRater(rater);
              return m.confirmImport();
            })
          }
          onNameRater={(rater) => void csvModule().then((m) => m.nameUnnamedRater(rater))}
          onCancel={() =>
            void csvModule().then((m) => {
              m.cancelImport();
              focusById(FILE_INPUT);
            })
          }
        />
      )}
      {state.kind === 'done' && (
        <div class="notice" role="status">
          <p>
            Imported {state.fileName}: {state.added} new use case{state.added === 1 ? '' : 's'}, {state.replaced} replaced,{' '}
            {state.ratings} rating
            {state.ratings === 1 ? '' : 's'}.
            {state.rejected > 0 ? ` ${state.rejected} rejected row${state.rejected === 1 ? ' was' : 's were'} left out.` : ''}
          </p>
          <CloseNotice />
        </div>
      )}
      {state.kind === 'failed' && (
        <p class="notice error" role="alert">
          Could not import {state.fileName}: {state.message}. Nothing was changed.
        </p>
      )}
    </section>
  );
}
