import type { UseCase } from '../../schemas/backlog';
import { DetailActions } from './DetailActions';
import { EditUseCaseForm } from './EditUseCaseForm';
import { RiskScreeningPanel } from './RiskScreeningPanel';
import type { RiskScreening } from '../../schemas/riskScreening';

interface Props {
  useCase: UseCase;
  ratingCount: number;
  screening: RiskScreening;
}

/**
 * The lower part of a use case's page: its details, saved as typed, its risk-tier screening, and
 * duplicate, archive and delete. It sits below the ranking and the ratings, so its code is fetched after they have painted.
 */
export function UseCaseDetails({ useCase, ratingCount, screening }: Props) {
  return (
    <>
      <EditUseCaseForm useCase={useCase} />
      <RiskScreeningPanel screening={screening} useCase={useCase} />
      <DetailActions useCase={useCase} ratingCount={ratingCount} />
    </>
  );
}
