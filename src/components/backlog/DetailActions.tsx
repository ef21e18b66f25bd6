import type { UseCase } from '../../schemas/backlog';
import { deleteUseCase, duplicateUseCase, setArchived } from '../../stores/backlog/edit';
import { ConfirmAction } from '../form/ConfirmAction';
import { useCaseUrl } from './format';
import { withBase } from '../urls';

interface Props {
  useCase: UseCase;
  ratingCount: number;
}

/** Duplicate, archive and delete (with undo on the backlog page). */
export function DetailActions({ useCase, ratingCount }: Props) {
  return (
    <section aria-labelledby="manage-title" class="no-print">
      <h2 id="manage-title" tabIndex={-1}>
        Manage
      </h2>
      <div class="actions">
        <button
          type="button"
          class="secondary"
          onClick={() => void duplicateUseCase(useCase.id).then((copy) => copy && window.location.assign(useCaseUrl(copy.id)))}
        >
          Duplicate with its ratings
        </button>
        <button type="button" class="secondary" onClick={() => void setArchived(useCase.id, !useCase.archived)}>
          {useCase.archived ? 'Restore from the archive' : 'Archive'}
        </button>
        <ConfirmAction
          id="delete-use-case"
          trigger="Delete…"
          triggerClass="danger"
          question={`Delete “${useCase.title}” and its ${ratingCount} rating${ratingCount === 1 ? '' : 's'}? You can undo this on the backlog page.`}
          confirm="Yes, delete the use case"
          onConfirm={() => deleteUseCase(useCase.id).then((done) => done && window.location.assign(withBase('/backlog/')))}
          focusAfter="manage-title"
        />
      </div>
      <p class="hint">Archived use cases keep their ratings but leave the ranking; the backlog table can still show them.</p>
    </section>
  );
}
