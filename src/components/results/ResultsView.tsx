import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { Questionnaire } from '../../schemas/questionnaire';
import { $answers, $assessment, $loadState, openAssessment } from '../../stores/assessment/answering';
import { provideQuestionnaire } from '../../stores/assessment/questionnaire';
import { $comparison, $indicative, $milestone, $roadmap, $summary, loadMilestones } from '../../stores/assessment/results';
import { formatDate, joinMeta } from '../format';
import { effectiveTarget } from '../../lib/scoring';
import { answerUrl } from '../urls';
import { OpeningState } from '../answer/OpeningState';
import { CapabilityTable } from './CapabilityTable';
import { ComparisonSummary } from './ComparisonSummary';
import { RadarChart, type RadarSeries } from './RadarChart';
import { RoadmapList } from './RoadmapList';
import { ScoreOverview } from './ScoreOverview';
import { Loading } from '../Loading';
import { LazyPart } from '../LazyPart';
import { useDeferred } from '../useLazy';

interface Props {
  questionnaire: Questionnaire;
}

/** The results of one assessment: scores, chart with its table, roadmap, milestones and comparison. */
export function ResultsView({ questionnaire }: Props) {
  const assessment = useStore($assessment);
  const estimates = Object.values(useStore($answers)).filter((answer) => answer.estimate).length;
  const load = useStore($loadState);
  const summary = useStore($summary);
  const indicative = useStore($indicative);
  const roadmap = useStore($roadmap);
  const milestone = useStore($milestone);
  const comparison = useStore($comparison);
  const [id, setId] = useState<string | null | undefined>(undefined);
  // The milestone form sits below the profile: its code arrives once the page is idle.
  const milestones = useDeferred(() => import('./MilestonePanel'));
  // The comparison with the newest milestone is part of the first view, so the page waits for it
  // rather than growing when it arrives.
  const [milestonesRead, setMilestonesRead] = useState(false);

  useEffect(() => {
    provideQuestionnaire(questionnaire);
    const found = new URLSearchParams(window.location.search).get('id');
    setId(found);
    if (found) {
      void openAssessment(found);
      void loadMilestones(found).finally(() => setMilestonesRead(true));
    }
  }, []);

  if (id === undefined || id === null || load.kind !== 'ready') return <OpeningState id={id} load={load} what="the results" />;
  if (!assessment || !summary || !roadmap || !milestonesRead) return <Loading>Opening the results…</Loading>;

  const levelOf = (capabilityId: string) => summary.capabilities.find((r) => r.capabilityId === capabilityId);
  const before = new Map(comparison?.capabilities.map((change) => [change.capabilityId, change.before.level]));
  // One radar per dimension: 7 to 11 spokes stay readable where 27 on one chart overlap.
  const radars = questionnaire.dimensions.map((dimension) => {
    const capabilities = questionnaire.capabilities.filter((capability) => capability.dimension === dimension.id);
    const series: RadarSeries[] = [
      { label: 'Current', kind: 'current', values: capabilities.map((c) => levelOf(c.id)?.level ?? null) },
      {
        label: 'Target',
        kind: 'target',
        values: capabilities.map((c) => {
          const result = levelOf(c.id);
          // The same rule as the target score: never below the current level.
          return result && result.state === 'level' ? effectiveTarget(result.level, result.target) : (result?.target ?? null);
        }),
      },
    ];
    if (comparison && milestone)
      series.push({
        label: `Milestone: ${milestone.name}`,
        kind: 'milestone',
        values: capabilities.map((c) => before.get(c.id) ?? null),
      });
    return { dimension, labels: capabilities.map((capability) => capability.title), series };
  });
  const top = roadmap.items.slice(0, 3);

  return (
    <div class="results">
      <h1>Results: {assessment.name}</h1>
      <p class="muted">
        {joinMeta([[assessment.organisation, assessment.team].filter(Boolean).join(' / '), formatDate(assessment.date)])}
        <span class="no-print">
          {' · '}
          <a href={answerUrl(assessment.id)}>Change answers</a>
        </span>
      </p>
      {estimates > 0 && (
        <p class="notice warn">
          {estimates === 1 ? 'One level is an estimate' : `${estimates} levels are estimates`} from the quick check, not yet
          confirmed: these results are as rough as those estimates.{' '}
          <a class="no-print" href={answerUrl(assessment.id)}>
            Confirm or change them
          </a>
          .
        </p>
      )}
      <ScoreOverview
        questionnaire={questionnaire}
        summary={summary}
        indicative={indicative}
        comparison={comparison}
        milestoneName={milestone?.name ?? null}
      />

      <section aria-labelledby="first-title">
        <h2 id="first-title">What to do first</h2>
        {top.length === 0 ? (
          <p>Set target levels on the capabilities you want to improve to get a prioritised plan.</p>
        ) : (
          <ol>
            {top.map((item) => (
              <li key={item.capability.id}>
                <strong>{item.capability.title}</strong> (level {item.current} → {item.target}): {item.steps[0]?.action}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="profile-title" class="print-break">
        <h2 id="profile-title">Profile by capability</h2>
        <div class="radar-grid">
          {radars.map((radar) => (
            <RadarChart
              key={radar.dimension.id}
              labels={radar.labels}
              series={radar.series}
              tableId="capability-table"
              title={`${radar.dimension.title}: current level, target${comparison ? ' and milestone' : ''} per capability (0 to 4)`}
            />
          ))}
        </div>
        <CapabilityTable
          id="capability-table"
          questionnaire={questionnaire}
          results={summary.capabilities}
          comparison={comparison}
          milestoneName={milestone?.name ?? null}
        />
      </section>

      <section aria-labelledby="milestones-title" class="print-break">
        <h2 id="milestones-title">Milestones and progress</h2>
        <LazyPart lazy={milestones} what="the milestones">
          {({ MilestonePanel }) => <MilestonePanel />}
        </LazyPart>
        {comparison && milestone && (
          <ComparisonSummary questionnaire={questionnaire} comparison={comparison} milestone={milestone} />
        )}
      </section>

      <section aria-labelledby="roadmap-title" class="print-break">
        <h2 id="roadmap-title">Roadmap</h2>
        <p class="hint">Gaps between current level and target, largest priority (gap × weight) first.</p>
        <RoadmapList roadmap={roadmap} assessmentId={assessment.id} />
      </section>
    </div>
  );
}
