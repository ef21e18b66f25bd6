import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { WorkspaceCounts } from '../stores/workspace/workspace';
import {
  $counts,
  $workspaceMessage,
  deleteEverything,
  loadSample,
  refreshCounts,
  workspaceIsEmpty,
} from '../stores/workspace/workspace';
import { withBase } from './urls';
import { DataTable } from './DataTable';
import { Loading } from './Loading';
import { focusById } from './focus';

type Pending = 'sample' | 'delete' | null;

/** The buttons that ask; focus comes back to one when its question is cancelled. */
const triggerIds = { sample: 'load-sample', delete: 'delete-everything' } as const;
const MESSAGE_ID = 'workspace-message';

const countLabels: [keyof WorkspaceCounts, string][] = [
  ['assessments', 'Assessments'],
  ['answers', 'Assessment answers'],
  ['milestones', 'Milestones'],
  ['useCases', 'Use cases'],
  ['ratings', 'Use-case ratings'],
  ['weightProfiles', 'Custom weight profiles'],
  ['reviews', 'Governance reviews (all revisions)'],
  ['reviewAnswers', 'Review answers'],
  ['auditLog', 'Audit log entries'],
  ['templates', 'Imported checklist templates'],
];

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

  const empty = counts !== null && Object.values(counts).every((count) => count === 0);

  async function run(action: 'sample' | 'delete') {
    setBusy(true);
    setPending(null);
    $workspaceMessage.set(null);
    if (action === 'sample') await loadSample();
    else await deleteEverything();
    setBusy(false);
    // The question (or the disabled button) is gone: focus goes to what the portal says happened.
    focusById($workspaceMessage.get() ? MESSAGE_ID : triggerIds[action]);
  }

  function cancel(action: 'sample' | 'delete') {
    setPending(null);
    focusById(triggerIds[action]);
  }

  // The sample replaces the workspace without asking only when storage itself says it is empty,
  // not on the strength of counts on screen that another tab may just have made stale.
  async function ask(action: 'sample' | 'delete') {
    if (action === 'sample' && empty && (await workspaceIsEmpty().catch(() => false))) void run('sample');
    else setPending(action);
  }

  return (
    <div>
      <h2>What is stored in this browser</h2>
      {counts === null ? (
        <Loading>Reading the stored data…</Loading>
      ) : (
        <DataTable caption="Stored items" captionHidden columns={[{ label: 'Kind' }, { label: 'Count', numeric: true }]}>
          <tbody>
            {countLabels.map(([key, label]) => (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td class="num">{counts[key]}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {empty && <p>The workspace is empty. Load the sample to look around, or start your first assessment.</p>}

      {message && (
        <p
          id={MESSAGE_ID}
          tabIndex={-1}
          class={`notice${message.kind === 'error' ? ' error' : ''}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
          {message.kind === 'ok' && counts && counts.assessments > 0 && (
            <>
              {' '}
              <a href={withBase('/assessment/')}>Go to the assessments</a>.
            </>
          )}
        </p>
      )}

      <h2>Actions</h2>
      <div class="actions">
        <button type="button" id={triggerIds.sample} onClick={() => void ask('sample')} disabled={busy}>
          Load the sample workspace
        </button>
        <a class="button secondary" href={withBase('/assessment/')}>
          Go to the assessments
        </a>
        <button type="button" id={triggerIds.delete} class="danger" onClick={() => void ask('delete')} disabled={busy || empty}>
          Delete everything…
        </button>
      </div>
      <p class="hint">
        Loading the sample replaces what is stored here (it asks first). To begin again from nothing, delete everything.
      </p>

      {pending && (
        <div
          class="notice warn"
          role="alertdialog"
          aria-labelledby="confirm-title"
          aria-describedby="confirm-text"
          tabIndex={-1}
          ref={confirmRef}
        >
          <h3 id="confirm-title">{pending === 'delete' ? 'Delete everything?' : 'Replace your data with the sample?'}</h3>
          <p id="confirm-text">
            {pending === 'delete'
              ? 'Everything the portal stores in this browser (assessments, milestones, use cases, ratings, reviews and their history) will be deleted. This cannot be undone.'
              : 'Loading the sample deletes everything the portal stores in this browser and puts the sample in its place. This cannot be undone.'}
          </p>
          <div class="actions">
            <button type="button" class="danger" onClick={() => void run(pending)}>
              {pending === 'delete' ? 'Yes, delete everything' : 'Yes, replace with the sample'}
            </button>
            <button type="button" class="secondary" onClick={() => cancel(pending)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
