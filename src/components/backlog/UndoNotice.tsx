import { useStore } from '@nanostores/preact';
import { $lastDeleted } from '../../stores/backlog/backlog';
import { useCaseUrl } from './format';
import { withBase } from '../urls';

// The editing actions are fetched on a click: most visits show no undo, so pages do not carry them.
const editActions = () => import('../../stores/backlog/edit');

/** Offers to put back the last deleted use case with its ratings, until dismissed. */
export function UndoNotice() {
  const deleted = useStore($lastDeleted);
  if (!deleted) return null;
  const ratings = deleted.ratings.length;
  return (
    <div class="notice" role="status">
      <p>
        Deleted “{deleted.useCase.title}” with its {ratings} rating{ratings === 1 ? '' : 's'}.
      </p>
      <div class="actions">
        <button
          type="button"
          onClick={() =>
            void editActions()
              .then(({ undoDelete }) => undoDelete())
              .then((restored) => {
                if (restored && window.location.pathname.startsWith(withBase('/backlog/use-case/')))
                  window.location.assign(useCaseUrl(restored.id));
              })
          }
        >
          Undo delete
        </button>
        <button type="button" class="secondary" onClick={() => void editActions().then(({ dismissUndo }) => dismissUndo())}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
