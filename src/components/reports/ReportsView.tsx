import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import type { Criterion } from '../../schemas/backlogContent';
import type { Questionnaire } from '../../schemas/questionnaire';
import { provideQuestionnaire } from '../../stores/assessment/questionnaire';
import { provideReportContent } from '../../stores/reports/content';
import { $reportsData } from '../../stores/reports/data';
import { LazyPart } from '../LazyPart';
import { Loading } from '../Loading';
import { useDeferred } from '../useLazy';

interface Props {
  questionnaire: Questionnaire;
  criteria: Criterion[];
}

/** The team view of a survey round, and answer-by-answer comparison. */
export function ReportsView({ questionnaire, criteria }: Props) {
  const data = useStore($reportsData);
  // The roll-up and its tables sit below the first screen: their code follows the first paint.
  const parts = useDeferred(() => import('./reportsParts'));
  useEffect(() => {
    provideQuestionnaire(questionnaire);
    provideReportContent(criteria, []);
  }, []);

  return (
    <>
      <section aria-labelledby="team-title">
        <h2 id="team-title">Team view</h2>
        {data.kind === 'loading' && <Loading>Reading the workspace…</Loading>}
        {data.kind === 'error' && (
          <p class="notice error" role="alert">
            Could not read the workspace: {data.message}
          </p>
        )}
        {data.kind === 'ready' && (
          <LazyPart lazy={parts} what="the team view">
            {({ TeamView }) => <TeamView />}
          </LazyPart>
        )}
      </section>

      {data.kind === 'ready' && (
        <section aria-labelledby="compare-title" class="deferred-layout">
          <h2 id="compare-title">Compare two sets of answers</h2>
          <p class="hint">
            Two milestones, two assessments, or two people’s files: every answer that differs, and how the scores moved.
          </p>
          <LazyPart lazy={parts} what="the comparison">
            {({ CompareAnswers }) => <CompareAnswers />}
          </LazyPart>
        </section>
      )}
    </>
  );
}
