import type { UseCase } from '../../schemas/backlog';
import type { Review } from '../../schemas/governance';
import { classificationLabels, riskTierLabels } from '../../lib/governance/labels';
import { formatDate } from '../format';
import { backlogUseCaseUrl, reviewUrl } from '../urls';
import { RevisionStatusBadge, revisionStatusText } from './badges';
import type { SignOffRecord } from './SignOffRecord';
import { withBase } from '../urls';

interface Props {
  review: Review;
  revisions: Review[];
  useCase: UseCase | null;
  blocking: number;
  /** The recorded decision's view; the page loads it before it shows a signed-off revision. */
  signOffRecord: typeof SignOffRecord | null;
}

export function subjectName(review: Review, useCase: UseCase | null): string {
  if (review.subject.kind === 'model') return review.subject.name;
  return useCase?.title ?? review.useCaseSnapshot?.title ?? 'Unknown use case';
}

/** What is reviewed, against which checklist, which revision, and whether it can still change. */
export function ReviewHeader({ review, revisions, useCase, blocking, signOffRecord: Record }: Props) {
  const latest = revisions[revisions.length - 1];
  const snapshot = review.useCaseSnapshot;
  const reclassified =
    review.status === 'in-review' &&
    snapshot &&
    useCase &&
    (useCase.riskTier !== snapshot.riskTier || useCase.dataClassification !== snapshot.dataClassification);

  return (
    <header class="review-header">
      <p class="eyebrow">
        {review.template.title} · version {review.template.version}
      </p>
      <h1 id="review-title" tabIndex={-1}>
        {subjectName(review, useCase)}
      </h1>
      <p class="review-meta">
        <RevisionStatusBadge review={review} blocking={blocking} /> Revision {review.revision} · started{' '}
        {formatDate(review.createdAt)}
        {review.subject.kind === 'model' ? (
          ' · named model (item conditions cannot be checked)'
        ) : (
          <>
            {snapshot
              ? ` · ${riskTierLabels[snapshot.riskTier]} risk, ${classificationLabels[snapshot.dataClassification]} data`
              : ''}
            <span class="no-print">
              {' · '}
              {useCase ? (
                <a href={backlogUseCaseUrl(useCase.id)}>See the use case in the backlog</a>
              ) : (
                <a href={withBase('/backlog/')}>Use case no longer in the backlog</a>
              )}
            </span>
          </>
        )}
      </p>

      {reclassified && useCase && (
        <p class="notice warn">
          The use case is now {riskTierLabels[useCase.riskTier]} risk with {classificationLabels[useCase.dataClassification]}{' '}
          data. This revision keeps the classification it started with; a reopened revision, or a new review, applies the new one.
        </p>
      )}
      {review.status === 'signed-off' && review.signOff && (
        <div class="notice locked" role="note" aria-label="Signed off">
          <p>
            <strong>Signed off and read-only.</strong> Answers can no longer change in this revision.
            {latest?.id === review.id ? ' Reopen it below to start a new revision.' : ''}
          </p>
          {Record && <Record signOff={review.signOff} />}
        </div>
      )}
      {review.status === 'superseded' && latest && (
        <div class="notice warn locked" role="note" aria-label="Superseded revision">
          <p>
            <strong>
              Revision {review.revision} was superseded by revision {latest.revision}.
            </strong>{' '}
            It is kept, read-only, as it was when signed off. <a href={reviewUrl(latest.id)}>Open revision {latest.revision}</a>
          </p>
          {review.signOff && Record && <Record signOff={review.signOff} />}
        </div>
      )}
      {revisions.length > 1 && (
        <nav aria-label="Revisions" class="revisions no-print">
          <h2 class="visually-hidden">Revisions</h2>
          <ol>
            {revisions.map((revision) => (
              <li key={revision.id}>
                <a href={reviewUrl(revision.id)} aria-current={revision.id === review.id ? 'page' : undefined}>
                  Revision {revision.revision}
                </a>{' '}
                <span class="muted">{revisionStatusText(revision).toLowerCase()}</span>
              </li>
            ))}
          </ol>
        </nav>
      )}
    </header>
  );
}
