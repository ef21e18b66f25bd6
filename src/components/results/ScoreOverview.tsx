import type { Questionnaire } from '../../schemas/questionnaire';
import type { ScaleLevel } from '../../lib/maturityScale';
import type { ScoreSummary } from '../../lib/scoring';
import type { Comparison } from '../../lib/compare';
import { formatDelta, formatPercent, formatScore } from '../format';

interface Props {
  questionnaire: Questionnaire;
  summary: ScoreSummary;
  indicative: ScaleLevel | null;
  comparison: Comparison | null;
  milestoneName: string | null;
}

export function ScoreOverview({ questionnaire, summary, indicative, comparison, milestoneName }: Props) {
  const { overall } = summary;
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">Where you stand</h2>
      <ul class="cards score-cards">
        <li class="card">
          <h3>Overall</h3>
          <p class="big-score">
            {formatScore(overall.score)} <span class="muted">of 4</span>
          </p>
          <p>
            Target {formatScore(overall.targetScore)} · coverage {formatPercent(overall.coverage)}
          </p>
          {comparison && milestoneName && (
            <p>
              {formatDelta(comparison.overall.delta)} since “{milestoneName}”
            </p>
          )}
          {indicative && (
            <p>
              Indicative maturity:{' '}
              <strong>
                level {indicative.level}, {indicative.name}
              </strong>{' '}
              <span class="badge">indicative</span>
            </p>
          )}
          {overall.provisional && (
            <p class="notice warn">
              Provisional:{' '}
              {overall.missingDimensions.length > 0 ? `no score yet for ${overall.missingDimensions.join(', ')}; ` : ''}
              answer more capabilities for a firmer picture.
            </p>
          )}
        </li>
        {summary.dimensions.map((dimension) => (
          <li class="card" key={dimension.dimension}>
            <h3>{questionnaire.dimensions.find((d) => d.id === dimension.dimension)?.title ?? dimension.dimension}</h3>
            <p class="big-score">
              {formatScore(dimension.score)} <span class="muted">of 4</span>
            </p>
            <p>
              Target {formatScore(dimension.targetScore)} · {dimension.answered} of {dimension.total - dimension.notApplicable}{' '}
              answered with a level
              {dimension.dontKnow > 0 ? ` · ${dimension.dontKnow} don't know` : ''}
              {dimension.notApplicable > 0 ? ` · ${dimension.notApplicable} not applicable` : ''}
            </p>
            {comparison && milestoneName && (
              <p>
                {formatDelta(comparison.dimensions.find((d) => d.dimension === dimension.dimension)?.delta ?? null)} since “
                {milestoneName}”
              </p>
            )}
            {dimension.provisional && <p class="badge">provisional: under half answered</p>}
          </li>
        ))}
      </ul>
      {indicative && (
        <p class="hint">
          {indicative.description} The label is an indication on the public 0–4 MLOps maturity scale, not a certification.
        </p>
      )}
    </section>
  );
}
