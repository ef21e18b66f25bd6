import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { $backupReminder, $persistAsked, dismissBackupReminder, watchBackups } from '../stores/save/storage';
import { withBase } from './urls';

/** A quiet nudge to export a backup, and what the browser answered when asked to keep the data. */
export function BackupReminder({ onWorkspacePage = false }: { onWorkspacePage?: boolean }) {
  const reminder = useStore($backupReminder);
  const persist = useStore($persistAsked);
  useEffect(() => void watchBackups(), []);
  return (
    <>
      {persist && (
        <p class="storage-note" role="status">
          {persist.granted
            ? 'So that your work is not cleared to free space, the portal asked this browser to keep its data, and it agreed.'
            : 'So that your work is not cleared to free space, the portal asked this browser to keep its data; it did not agree, so export a backup now and then from the Workspace page.'}
        </p>
      )}
      {reminder.due && (
        <div class="notice backup-reminder no-print" role="note" aria-label="Backup reminder">
          <p>
            {reminder.reason} Your work is kept only in this browser; a backup file is the copy that survives a cleared browser.{' '}
            {onWorkspacePage ? (
              'Export a backup from this page.'
            ) : (
              <>
                <a href={withBase('/workspace/')}>Export a backup on the Workspace page</a>.
              </>
            )}
          </p>
          <button type="button" class="secondary" onClick={() => dismissBackupReminder()}>
            Remind me later
          </button>
        </div>
      )}
    </>
  );
}
