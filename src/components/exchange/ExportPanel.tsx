import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { CriterionWeights } from '../../schemas/backlogContent';
import type { ExportSelection } from '../../lib/exchange/envelope';
import { $exportChoices, exportSelection, loadExportChoices } from '../../stores/workspace/exportFile';
import { $counts } from '../../stores/workspace/workspace';
import { downloadText } from './download';

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
    void loadExportChoices();
  }, [counts]);

  const assessment = assessmentId || choices?.assessments[0]?.id || '';
  const review = lineageId || choices?.reviews[0]?.id || '';

  async function run(selection: ExportSelection) {
    setBusy(true);
    setMessage(null);
    const result = await exportSelection(selection, { portal, presets, exportedBy: name });
    setBusy(false);
    if (!result.ok) {
      setMessage({ kind: 'error', text: result.message });
      return;
    }
    downloadText(result.text, result.fileName, 'application/json');
    setMessage({
      kind: 'ok',
      text:
        selection.scope === 'workspace'
          ? `Downloaded ${result.fileName}. Keep it somewhere safe: it restores everything on the Workspace page.`
          : `Downloaded ${result.fileName}.`,
    });
  }

  const empty = choices?.empty ?? false;
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
      {offer === 'all' && choices && choices.assessments.length > 0 && (
        <div class="export-one">
          <label for={`${idPrefix}-assessment`}>One assessment, with its answers and milestones</label>
          <div class="actions">
            <select
              id={`${idPrefix}-assessment`}
              value={assessment}
              onChange={(event) => setAssessmentId((event.currentTarget as HTMLSelectElement).value)}
            >
              {choices.assessments.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              class="secondary"
              disabled={busy}
              onClick={() => void run({ scope: 'assessment', assessmentId: assessment })}
            >
              Export this assessment
            </button>
          </div>
        </div>
      )}
      {offer === 'all' && choices && choices.reviews.length > 0 && (
        <div class="export-one">
          <label for={`${idPrefix}-review`}>One governance review, with every revision and its history</label>
          <div class="actions">
            <select
              id={`${idPrefix}-review`}
              value={review}
              onChange={(event) => setLineageId((event.currentTarget as HTMLSelectElement).value)}
            >
              {choices.reviews.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              class="secondary"
              disabled={busy}
              onClick={() => void run({ scope: 'review', lineageId: review })}
            >
              Export this review
            </button>
          </div>
        </div>
      )}
      {message && (
        <p class={`notice${message.kind === 'error' ? ' error' : ''}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
