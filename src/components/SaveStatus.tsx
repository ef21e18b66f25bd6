import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { $saveState, hasUnsaved, retryUnsaved } from '../stores/save/saveState';
import { useDeferred } from './useLazy';

/** The visible save state; announced politely to screen readers. */
export function SaveStatus() {
  const state = useStore($saveState);
  // The backup reminder is a nudge, not part of the first screen: its code arrives once the page is idle.
  const reminder = useDeferred(() => import('./BackupReminder'));

  // Leaving the page while a write is still running, or after one failed, would lose it: ask the
  // browser to confirm.
  useEffect(() => {
    const guard = (event: BeforeUnloadEvent) => {
      if (hasUnsaved()) event.preventDefault();
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, []);

  const text =
    state.kind === 'saving'
      ? 'Saving…'
      : state.kind === 'saved'
        ? `Saved ${new Date(state.at).toLocaleTimeString()}`
        : state.kind === 'error'
          ? `Could not save: ${state.message}`
          : 'Changes are saved as you go.';
  return (
    <>
      <p
        class={`save-state${state.kind === 'error' ? ' error' : ''}`}
        role="status"
        aria-live="polite"
        aria-busy={state.kind === 'saving'}
      >
        {text}
        {state.kind === 'error' && state.retry && (
          <>
            {' '}
            Your latest changes are still on screen.{' '}
            <button type="button" class="secondary" onClick={() => void retryUnsaved()}>
              Try again
            </button>
          </>
        )}
      </p>
      {reminder.module && <reminder.module.BackupReminder />}
    </>
  );
}
