import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { CriterionWeights } from '../../schemas/backlogContent';
import type { ExportSelection } from '../../lib/exchange/envelope';
import { $exportChoices, type ExportChoice } from '../../stores/workspace/exchangeState';
import { $counts } from '../../stores/workspace/workspace';
import { downloadParts } from '../download';

type Actions = typeof import('../../stores/workspace/exportFile');
let loaded: Actions | undefined;
/** The export code loads on first use (the assessment and review lists when they are shown) and is kept, so a later export starts at once. */
const actions = async (): Promise<Actions> => (loaded ??= await import('../../stores/workspace/exportFile'));

interface Props {
  portal: { name: string; version: string };
  presets: { id: string; name: string; weights: CriterionWeights }[];
  /** "workspace" shows only the backup of everything (the Workspace page); "all" every kind of export. */
  offer?: 'all' | 'workspace';
  idPrefix?: string;
}

/** Downloads portal files: the whole workspace (a backup), one assessment, the backlog, one review. */
export function ExportPanel({ portal, presets, offer = 'all', idPrefix = 'export' }: Props) {
  const choices = useStore($exportChoices);
  const [name, setName] = useState('');
  const [assessmentId, setAssessmentId] = useState('');
  const [lineageId, setLineageId] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const counts = useStore($counts);
  // Read again whenever the workspace changes on this page (sample loaded, import, delete).
  useEffect(() => {
    if (offer === 'all') void actions().then(({ loadExportChoices }) => loadExportChoices());
  }, [counts]);

  const assessment = assessmentId || choices?.assessments[0]?.id || '';
  const review = lineageId || choices?.reviews[0]?.id || '';

  async function run(selection: ExportSelection) {
    setBusy(true);
    setMessage(null);
    const { exportSelection } = loaded ?? (await actions());
    const result = await exportSelection(selection, { portal, presets, exportedBy: name });
    setBusy(false);
    if (!result.ok) {
      setMessage({ kind: 'error', text: result.message });
      return;
    }
    downloadParts(result.parts, result.fileName, 'application/json');
    setMessage({
      kind: 'ok',
      text:
        selection.scope === 'workspace'
          ? `Downloaded ${result.fileName}. Keep it somewhere safe: it restores everything on the Workspace page.`
          : `Downloaded ${result.fileName}.`,
    });
  }

  const empty = counts !== null && Object.values(counts).every((count) => count === 0);
  return (
    <div class="export-panel">
      <div class="field">
        <label for={`${idPrefix}-name`}>Your name (optional)</label>
        <p class="hint" id={`${idPrefix}-name-hint`}>
          Recorded in the file as who exported it.
        </p>
        <input
          id={`${idPrefix}-name`}
          type="text"
          maxLength={120}
          autocomplete="name"
          aria-describedby={`${idPrefix}-name-hint`}
          value={name}
          onInput={(event) => setName((event.currentTarget as HTMLInputElement).value)}
        />
      </div>
      {empty && <p>The workspace is empty, so there is nothing to export yet.</p>}
      <div class="actions">
        <button type="button" disabled={busy || empty} onClick={() => void run({ scope: 'workspace' })}>
          {offer === 'workspace' ? 'Download a backup' : 'Export the whole workspace'}
        </button>
        {offer === 'all' && (
          <button type="button" class="secondary" disabled={busy || empty} onClick={() => void run({ scope: 'backlog' })}>
            Export the backlog
          </button>
        )}
      </div>
      {offer === 'all' && choices && (
        <>
          <ExportOne
            id={`${idPrefix}-assessment`}
            label="One assessment, with its answers and milestones"
            button="Export this assessment"
            choices={choices.assessments}
            value={assessment}
            disabled={busy}
            onChange={setAssessmentId}
            onExport={() => void run({ scope: 'assessment', assessmentId: assessment })}
          />
          <ExportOne
            id={`${idPrefix}-review`}
            label="One governance review, with every revision and its history"
            button="Export this review"
            choices={choices.reviews}
            value={review}
            disabled={busy}
            onChange={setLineageId}
            onExport={() => void run({ scope: 'review', lineageId: review })}
          />
        </>
      )}
      {message && (
        <p class={`notice${message.kind === 'error' ? ' error' : ''}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}

interface OneProps {
  id: string;
  label: string;
  button: string;
  choices: ExportChoice[];
  value: string;
  disabled: boolean;
  onChange: (id: string) => void;
  onExport: () => void;
}

/** Pick one assessment or review, then export it; nothing to pick, nothing shown. */
function ExportOne({ id, label, button, choices, value, disabled, onChange, onExport }: OneProps) {
  if (choices.length === 0) return null;
  return (
    <div class="export-one">
      <label for={id}>{label}</label>
      <div class="actions">
        <select id={id} value={value} onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value)}>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </select>
        <button type="button" class="secondary" disabled={disabled} onClick={onExport}>
          {button}
        </button>
      </div>
    </div>
  );
}
