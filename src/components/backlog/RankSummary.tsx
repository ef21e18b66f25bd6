import { useStore } from '@nanostores/preact';
import type { Evaluation } from '../../lib/backlog/evaluate';
import { quadrantHints, quadrantLabels } from '../../lib/backlog/labels';
import { governanceStatusLabels } from '../../lib/governance/status';
import { $activeProfile } from '../../stores/backlog/activeProfile';
import { $baseline, $evaluation } from '../../stores/backlog/ranking';
import { $governanceStatuses, governanceReviewOf, governanceStatusOf } from '../../stores/governance/link';
import { formatMedian, formatPercentShare, formatPoints, formatWsjf } from './format';
import { withBase, reviewUrl } from '../urls';

interface Props {
  evaluation: Evaluation;
}

/** Where the use case stands: rank under each method, its range, its quadrant and its governance status. */
export function RankSummary({ evaluation }: Props) {
  const profile = useStore($activeProfile);
  const total = useStore($evaluation).size;
  const baseline = useStore($baseline);
  const before = baseline?.evaluation.get(evaluation.id);
  // Subscribed so the card updates once the reviews have been read.
  useStore($governanceStatuses);
  const governance = governanceStatusOf(evaluation.id);
  const reviewId = governanceReviewOf(evaluation.id);
  const { best, worst } = evaluation.stability;
  return (
    <ul class="detail-grid">
      <li class="card">
        <h3>Weighted score</h3>
        <p class="big">
          Rank {evaluation.rank} <span class="muted">of {total}</span>
        </p>
        {evaluation.weighted.score === null ? (
          <p>
            No score yet under “{profile.name}”: rate at least one of its weighted criteria. Until then it ranks after every
            scored, unblocked use case.
          </p>
        ) : (
          <p>
            Score {formatPoints(evaluation.weighted.score)} of 100 under “{profile.name}”
            {evaluation.weighted.completeness >= 1
              ? ', with every weighted criterion rated.'
              : `; the rated criteria carry ${formatPercentShare(evaluation.weighted.completeness)} of the weight (completeness).`}
          </p>
        )}
        {evaluation.belowValueFloor && (
          <p class="notice warn">
            Below the value floor of “{profile.name}”: its business-value median is{' '}
            {evaluation.aggregate.medians['business-value'] === undefined
              ? 'not rated'
              : formatMedian(evaluation.aggregate.medians['business-value'])}
            , under {profile.valueFloor}, so it ranks after every use case that meets the floor, whatever its score.
          </p>
        )}
        {before && before.rank !== evaluation.rank && (
          <p>
            <span class={`movement ${evaluation.rank < before.rank ? 'up' : 'down'}`}>
              <span aria-hidden="true">{evaluation.rank < before.rank ? '▲' : '▼'}</span> was rank {before.rank}
            </span>{' '}
            {baseline?.label}, score {formatPoints(before.weighted.score)}.
          </p>
        )}
      </li>
      <li class="card">
        <h3>WSJF-style</h3>
        <p class="big">{evaluation.wsjf === null ? 'No rank' : `Rank ${evaluation.wsjfRank}`}</p>
        <p>
          {evaluation.wsjf === null
            ? 'Needs business value, time to market, feasibility and cost rated.'
            : `Cost of delay ÷ job size = ${formatWsjf(evaluation.wsjf)} (from 0.6 to 15).`}
        </p>
      </li>
      <li class="card">
        <h3>Rank range</h3>
        <p class="big">{best === worst ? `${best} (stable)` : `${best} to ${worst}`}</p>
        <p>Best and worst rank when any one weight moves by 25% either way.</p>
      </li>
      <li class="card">
        <h3>Value and effort</h3>
        {evaluation.valueEffort ? (
          <>
            <p class="big">{quadrantLabels[evaluation.valueEffort.quadrant]}</p>
            <p>
              Value {formatMedian(evaluation.valueEffort.value)}, effort {formatMedian(evaluation.valueEffort.effort)}:{' '}
              {quadrantHints[evaluation.valueEffort.quadrant]}.
            </p>
          </>
        ) : (
          <p>Not placed until business value, cost and time to market are rated.</p>
        )}
      </li>
      <li class="card">
        <h3>Governance</h3>
        <p class="big">{governanceStatusLabels[governance]}</p>
        <p>
          {reviewId ? (
            <a href={reviewUrl(reviewId)}>Open the review that decides this status</a>
          ) : (
            <a href={withBase('/governance/')}>Start a governance review</a>
          )}
        </p>
      </li>
    </ul>
  );
}
