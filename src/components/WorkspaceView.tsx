import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { $counts, $workspaceMessage, deleteEverything, loadSample, refreshCounts } from '../stores/workspace';

type Pending = 'sample' | 'delete' | null;

export function WorkspaceView() {
  const counts = useStore($counts);
  const message = useStore($workspaceMessage);
  const [pending, setPending] = useState<Pending>(null);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void refreshCounts();
  }, []);
  useEffect(() => {
    if (pending) confirmRef.current?.focus();
  }, [pending]);

  const empty = counts !== null && counts.assessments + counts.answers + counts.milestones === 0;

  async function run(action: 'sample' | 'delete') {
    setBusy(true);
    setPending(null);
    $workspaceMessage.set(null);
    if (action === 'sample') await loadSample();
    else await deleteEverything();
    setBusy(false);
  }

  function ask(action: 'sample' | 'delete') {
    if (action === 'sample' && empty) void run('sample');
    else setPending(action);
  }

  return (
    <div>
      <h2>What is stored in this browser</h2>
      {counts === null ? (
        <p>Reading the stored data…</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">Stored items</caption>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col" class="num">Count</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Assessments</th>
                <td class="num">{counts.assessments}</td>
              </tr>
              <tr>
                <th scope="row">Answers</th>
                <td class="num">{counts.answers}</td>
              </tr>
              <tr>
                <th scope="row">Milestones</th>
                <td class="num">{counts.milestones}</td>
              </tr>
            </tbody>
          </table>
        </div>
      )}
      {empty && <p>The workspace is empty. Load the sample to look around, or start your first assessment.</p>}

      {message && (
        <p class={`notice${message.kind === 'error' ? ' error' : ''}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
          {message.kind === 'ok' && counts && counts.assessments > 0 && (
            <>
              {' '}
              <a href="/assessment/">Go to the assessments</a>.
            </>
          )}
        </p>
      )}

      <h2>Actions</h2>
      <div class="actions">
        <button type="button" onClick={() => ask('sample')} disabled={busy}>
          Load the sample workspace
        </button>
        <a class="button secondary" href="/assessment/">
          Start empty
        </a>
        <button type="button" class="danger" onClick={() => ask('delete')} disabled={busy || empty}>
          Delete everything…
        </button>
      </div>
      <p class="hint">
        “Start empty” keeps what is already stored and takes you to the assessments; to begin again from nothing, delete everything first.
      </p>

      {pending && (
        <div class="notice warn" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-text" tabIndex={-1} ref={confirmRef}>
          <h3 id="confirm-title">{pending === 'delete' ? 'Delete everything?' : 'Replace your data with the sample?'}</h3>
          <p id="confirm-text">
            {pending === 'delete'
              ? 'Every assessment, answer and milestone stored by the portal in this browser will be deleted. This cannot be undone.'
              : 'Loading the sample deletes every assessment, answer and milestone stored in this browser and puts the sample in their place. This cannot be undone.'}
          </p>
          <div class="actions">
            <button type="button" class="danger" onClick={() => void run(pending)}>
              {pending === 'delete' ? 'Yes, delete everything' : 'Yes, replace with the sample'}
            </button>
            <button type="button" class="secondary" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
