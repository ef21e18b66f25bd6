import { useStore } from '@nanostores/preact';
import { $saveState } from '../stores/saveState';

/** The visible save state; announced politely to screen readers. */
export function SaveStatus() {
  const state = useStore($saveState);
  const text =
    state.kind === 'saving'
      ? 'Saving…'
      : state.kind === 'saved'
        ? `Saved ${new Date(state.at).toLocaleTimeString()}`
        : state.kind === 'error'
          ? `Could not save: ${state.message}`
          : 'Changes are saved as you go.';
  return (
    <p class={`save-state${state.kind === 'error' ? ' error' : ''}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
