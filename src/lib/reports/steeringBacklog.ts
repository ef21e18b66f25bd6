/**
 * The use-case and governance sections of the steering report, from the backlog's own ranking
 * (src/lib/backlog/evaluate.ts) and the governance roll-up (src/lib/governance/).
 */
import type { Rating, UseCase } from '../../schemas/backlog';
import type { CriterionId } from '../../schemas/enums';
import type { Review, ReviewAnswer } from '../../schemas/governance';
import { evaluateBacklog } from '../backlog/evaluate';
import type { CriterionDirection, Weights } from '../backlog/score';
import { splitByApplicability } from '../governance/applicability';
import { decisionLabels } from '../governance/labels';
import { governanceByUseCase } from '../governance/rollup';
import { blockingFindings, reviewProgress } from '../governance/reviewState';
import { governanceStatuses, type GovernanceStatus } from '../../schemas/enums';
import { governanceStatusLabels } from '../governance/status';

const TOP_USE_CASES = 10;

interface UseCaseLine {
  rank: number;
  title: string;
  score: number | null;
  completeness: number;
  wsjf: number | null;
  best: number;
  worst: number;
  flags: string[];
  /** The criteria that carry the score, e.g. "Business value 4.5 (+21 points)". */
  why: string;
  governance: string;
}

export interface UseCasesSection {
  profileName: string;
  ranked: number;
  top: UseCaseLine[];
}

interface ReviewLine {
  subject: string;
  checklist: string;
  revision: number;
  state: string;
  answered: number;
  applicable: number;
  blocking: { statement: string; status: string }[];
}

export interface GovernanceSection {
  counts: { status: GovernanceStatus; label: string; useCases: number }[];
  reviews: ReviewLine[];
  blockingTotal: number;
}

export interface BacklogInput {
  useCases: readonly UseCase[];
  ratings: readonly Rating[];
  criteria: readonly (CriterionDirection & { title: string })[];
  weights: Weights;
  /** The profile's business-value floor (see weight presets); null for none. */
  valueFloor?: number | null;
  profileName: string;
  reviews: readonly Review[];
  reviewAnswers: readonly ReviewAnswer[];
}

const oneDecimal = (value: number) => (Math.round(value * 10) / 10).toString();

export function useCasesSection(input: BacklogInput, limit = TOP_USE_CASES): UseCasesSection {
  const evaluation = evaluateBacklog(input.useCases, input.ratings, input.criteria, input.weights, input.valueFloor ?? null);
  const governance = governanceByUseCase(input.reviews, input.reviewAnswers);
  const titles = new Map<CriterionId, string>(input.criteria.map((criterion) => [criterion.id, criterion.title]));
  const byId = new Map(input.useCases.map((useCase) => [useCase.id, useCase]));
  const ordered = [...evaluation.values()].sort((a, b) => a.rank - b.rank);
  return {
    profileName: input.profileName,
    ranked: ordered.length,
    top: ordered.slice(0, limit).map((item) => {
      const flags: string[] = [];
      if (item.blocked) flags.push('blocked: no usable data');
      if (item.belowValueFloor) flags.push(`business value below the profile’s floor of ${input.valueFloor ?? ''}`);
      if (item.aggregate.disagreements.length > 0)
        flags.push(`raters disagree on ${item.aggregate.disagreements.map((id) => titles.get(id) ?? id).join(', ')}`);
      if (item.aggregate.raters === 0) flags.push('not rated yet');
      else if (item.weighted.completeness < 1) flags.push('some criteria unrated');
      const inverted = new Set(input.criteria.filter((criterion) => criterion.inverted).map((criterion) => criterion.id));
      const carriers = item.weighted.contributions
        .filter((part) => part.points !== null && part.median !== null)
        .sort((a, b) => (b.points ?? 0) - (a.points ?? 0))
        .slice(0, 2)
        .map(
          (part) =>
            `${titles.get(part.criterionId) ?? part.criterionId} ${oneDecimal(part.median ?? 0)} of 5${inverted.has(part.criterionId) ? ', where low is good' : ''} (+${oneDecimal(part.points ?? 0)} points)`,
        );
      const status = governance.get(item.id)?.status ?? 'not-started';
      return {
        rank: item.rank,
        title: byId.get(item.id)?.title ?? item.id,
        score: item.weighted.score,
        completeness: item.weighted.completeness,
        wsjf: item.wsjf,
        best: item.stability.best,
        worst: item.stability.worst,
        flags,
        why: carriers.length > 0 ? `Carried by ${carriers.join(' and ')}.` : 'No ratings yet.',
        governance: governanceStatusLabels[status],
      };
    }),
  };
}

const reviewState = (review: Review) =>
  review.signOff ? `Signed off: ${decisionLabels[review.signOff.decision].toLowerCase()}` : 'In review';

export function governanceSection(input: BacklogInput): GovernanceSection {
  const statuses = governanceByUseCase(input.reviews, input.reviewAnswers);
  const active = input.useCases.filter((useCase) => !useCase.archived);
  const counts = governanceStatuses.map((status) => ({
    status,
    label: governanceStatusLabels[status],
    useCases: active.filter((useCase) => (statuses.get(useCase.id)?.status ?? 'not-started') === status).length,
  }));
  const answersByReview = new Map<string, ReviewAnswer[]>();
  for (const answer of input.reviewAnswers) {
    const list = answersByReview.get(answer.reviewId);
    if (list) list.push(answer);
    else answersByReview.set(answer.reviewId, [answer]);
  }
  const reviews = input.reviews
    .filter((review) => review.status !== 'superseded')
    .map((review): ReviewLine => {
      const answers = answersByReview.get(review.id) ?? [];
      const { applicable } = splitByApplicability(review.template.items, review.useCaseSnapshot);
      const progress = reviewProgress(applicable, answers);
      return {
        subject: review.subject.kind === 'model' ? review.subject.name : (review.useCaseSnapshot?.title ?? 'Use case'),
        checklist: review.template.title,
        revision: review.revision,
        state: reviewState(review),
        answered: progress.answered,
        applicable: progress.applicable,
        blocking: blockingFindings(applicable, answers).map((finding) => ({
          statement: finding.item.statement,
          status: finding.status === 'not-met' ? 'not met' : 'partially met',
        })),
      };
    })
    // Blocking findings first, then open reviews, then by subject.
    .sort(
      (a, b) =>
        b.blocking.length - a.blocking.length ||
        Number(b.state === 'In review') - Number(a.state === 'In review') ||
        a.subject.localeCompare(b.subject),
    );
  return { counts, reviews, blockingTotal: reviews.reduce((sum, review) => sum + review.blocking.length, 0) };
}
