import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { $importState, cancelImport, type ImportMode } from '../../stores/workspace/exchangeState';
import { useLazy } from '../useLazy';
import { ProblemList } from './ProblemList';

interface Props {
  /** "replace" is a backup restore (the Workspace page); "add" brings colleagues' files in. */
  mode: ImportMode;
  /** A restore offers only "replace"; bringing files in offers both. */
  lockMode?: boolean;
  idPrefix: string;
}

/** The actions, the preview and the result views load with the first file, so the page's own download stays small. */
const previewModule = () => import('./ImportPreview');
const actions = () => import('../../stores/workspace/importFile');

/** Pick or drop a portal file; what it would change is shown before anything is stored. */
export function ImportPanel({ mode, lockMode = false, idPrefix }: Props) {
  const state = useStore($importState);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const preview = useLazy(previewModule, state.step !== 'idle');

  // Another import panel on the page (or an earlier visit) may have left a state behind.
  useEffect(() => cancelImport, []);
  useEffect(() => {
    if (state.step === 'refused' || state.step === 'done') statusRef.current?.focus();
  }, [state.step]);

  function take(files: FileList | null | undefined) {
    const file = files?.[0];
    if (file) void actions().then(({ readImportFile }) => readImportFile(file, mode));
    // The same file can be picked again after a cancel.
    if (input.current) input.current.value = '';
  }

  return (
    <div class="import-panel">
      <div
        class={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          take(event.dataTransfer?.files);
        }}
      >
        <label for={`${idPrefix}-file`}>{mode === 'replace' ? 'Choose a backup file' : 'Choose a portal file'}</label>
        <p class="hint" id={`${idPrefix}-file-hint`}>
          A .json file exported by this portal, up to 50 MB. You can also drop it here. Nothing is stored until you confirm.
        </p>
        <input
          ref={input}
          id={`${idPrefix}-file`}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${idPrefix}-file-hint`}
          disabled={state.step === 'reading' || state.step === 'importing'}
          onChange={(event) => take((event.currentTarget as HTMLInputElement).files)}
        />
      </div>

      {state.step === 'reading' && (
        <p role="status" class="notice">
          Reading {state.fileName}…
        </p>
      )}
      {state.step === 'refused' && (
        <div class="notice error" role="alert" tabIndex={-1} ref={statusRef}>
          <h3>{state.fileName} was not imported</h3>
          <p>Nothing in your workspace was changed.</p>
          <ProblemList problems={state.problems} />
          <div class="actions">
            <button type="button" class="secondary" onClick={cancelImport}>
              Dismiss
            </button>
          </div>
        </div>
      )}
      {(state.step === 'preview' || state.step === 'importing' || state.step === 'failed') &&
        (preview ? (
          <preview.ImportPreview state={state} lockMode={lockMode} idPrefix={idPrefix} />
        ) : (
          <p role="status">Preparing the preview…</p>
        ))}
      {state.step === 'done' && (
        <div tabIndex={-1} ref={statusRef}>
          {preview ? <preview.ImportResult done={state.done} /> : <p role="status">Imported.</p>}
        </div>
      )}
    </div>
  );
}
