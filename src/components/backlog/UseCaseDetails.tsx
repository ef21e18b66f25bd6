import type { UseCase } from '../../schemas/backlog';
import { DetailActions } from './DetailActions';
import { EditUseCaseForm } from './EditUseCaseForm';

interface Props {
  useCase: UseCase;
  ratingCount: number;
}

/**
 * The lower part of a use case's page: its details, saved as typed, and duplicate, archive and
 * delete. It sits below the ranking and the ratings, so its code is fetched after they have painted.
 */
export function UseCaseDetails({ useCase, ratingCount }: Props) {
  return (
    <>
      <EditUseCaseForm useCase={useCase} />
      <DetailActions useCase={useCase} ratingCount={ratingCount} />
    </>
  );
}
