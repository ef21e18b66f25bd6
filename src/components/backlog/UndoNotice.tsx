import { useStore } from '@nanostores/preact';
import { $lastDeleted } from '../../stores/backlog/backlog';
import { dismissUndo, undoDelete } from '../../stores/backlog/edit';
import { useCaseUrl } from './format';
import { withBase } from '../urls';

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
            void undoDelete().then((restored) => {
              if (restored && window.location.pathname.startsWith(withBase('/backlog/use-case/')))
                window.location.assign(useCaseUrl(restored.id));
            })
          }
        >
          Undo delete
        </button>
        <button type="button" class="secondary" onClick={() => void dismissUndo()}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
