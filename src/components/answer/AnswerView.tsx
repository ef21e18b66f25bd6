import { useStore } from '@nanostores/preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Questionnaire } from '../../schemas/questionnaire';
import { assessmentProgress } from '../../lib/progress';
import { $answers, $assessment, $loadState, openAssessment } from '../../stores/assessment/answering';
import { provideQuestionnaire } from '../../stores/assessment/questionnaire';
import { SaveStatus } from '../SaveStatus';
import { formatDate, joinMeta } from '../format';
import type { FrameworkReference } from '../../lib/frameworkRefs';
import { CapabilityForm } from './CapabilityForm';
import { CapabilityNav } from './CapabilityNav';
import { AssessmentDetails } from './AssessmentDetails';
import { OpeningState } from './OpeningState';
import { useLazy } from '../useLazy';
import { resultsUrl } from '../urls';

interface Props {
  questionnaire: Questionnaire;
  whyHtml: Record<string, string>;
  /** Each capability's framework references in reading form, made at build. */
  references: Record<string, FrameworkReference[]>;
}

function readQuery(): { id: string | null; capability: string | null } {
  const params = new URLSearchParams(window.location.search);
  return { id: params.get('id'), capability: params.get('capability') };
}

/** Answering an assessment, one capability at a time; every change is stored as it is made. */
export function AnswerView({ questionnaire, whyHtml, references }: Props) {
  const assessment = useStore($assessment);
  const answers = useStore($answers);
  const load = useStore($loadState);
  const [currentId, setCurrentId] = useState<string>(questionnaire.capabilities[0]?.id ?? '');
  // undefined until the address has been read in the browser; null when it names no assessment.
  const [assessmentId, setAssessmentId] = useState<string | null | undefined>(undefined);
  const moved = useRef(false);
  // Only an assessment answered against another questionnaire version needs the notice of what
  // changed; the page waits for its code then, so the notice never pushes the question down.
  const outdated = assessment !== null && assessment.questionnaire.hash !== questionnaire.hash;
  const notice = useLazy(() => import('./QuestionnaireNotice'), outdated);

  useEffect(() => {
    provideQuestionnaire(questionnaire);
    const query = readQuery();
    setAssessmentId(query.id);
    if (query.capability && questionnaire.capabilities.some((c) => c.id === query.capability)) setCurrentId(query.capability);
    if (query.id) void openAssessment(query.id);
  }, []);

  // Focus moves in the same frame as the new capability appears, never after a person has moved on.
  useLayoutEffect(() => {
    if (!assessmentId) return;
    const url = `?id=${encodeURIComponent(assessmentId)}&capability=${encodeURIComponent(currentId)}`;
    window.history.replaceState(null, '', url);
    if (moved.current) document.getElementById('capability-title')?.focus();
  }, [currentId, assessmentId]);

  const opening = <OpeningState id={assessmentId} load={load} what="the assessment" />;
  if (assessmentId === undefined || assessmentId === null || load.kind !== 'ready' || !assessment || (outdated && !notice))
    return opening;

  const capabilities = questionnaire.capabilities;
  const index = Math.max(
    0,
    capabilities.findIndex((c) => c.id === currentId),
  );
  const capability = capabilities[index];
  if (!capability) return <p class="notice error">The questionnaire has no capabilities.</p>;
  const progress = assessmentProgress(capabilities, Object.values(answers));
  const estimates = Object.values(answers).filter((answer) => answer.estimate).length;
  const go = (id: string) => {
    moved.current = true;
    setCurrentId(id);
  };
  const previous = capabilities[index - 1];
  const next = capabilities[index + 1];

  return (
    <div class="answer-view">
      <a
        class="skip-link"
        href="#capability-title"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('capability-title')?.focus();
        }}
      >
        Skip to the question
      </a>
      <header class="answer-header">
        <h1>{assessment.name}</h1>
        <p class="muted">
          {joinMeta([
            [assessment.organisation, assessment.team].filter(Boolean).join(' / '),
            [assessment.respondentName, assessment.respondentRole].filter(Boolean).join(', '),
            formatDate(assessment.date),
          ])}
        </p>
        {notice && (
          <notice.QuestionnaireNotice assessment={assessment} questionnaire={questionnaire} answers={answers} onSelect={go} />
        )}
        <AssessmentDetails assessment={assessment} />
        <label for="answer-progress">
          Answered {progress.done} of {progress.total}
        </label>
        <progress id="answer-progress" max={progress.total} value={progress.done} />
        {estimates > 0 && (
          <p class="hint">
            {estimates === 1 ? 'One answer is an estimate' : `${estimates} answers are estimates`} from the quick check: confirm
            or change {estimates === 1 ? 'it' : 'each one'} as you go.
          </p>
        )}
        <div class="actions">
          <a class="button secondary" href={resultsUrl(assessment.id)}>
            See results
          </a>
          <SaveStatus />
        </div>
      </header>
      <div class="answer-layout">
        <div>
          <CapabilityForm
            capability={capability}
            dimension={questionnaire.dimensions.find((d) => d.id === capability.dimension)}
            answer={answers[capability.id]}
            portfolioRule={questionnaire.portfolioRule}
            whyHtml={whyHtml[capability.id] ?? ''}
            references={references[capability.id] ?? []}
            position={index + 1}
            total={capabilities.length}
          />
          <div class="actions pager">
            {previous && (
              <button type="button" class="secondary" onClick={() => go(previous.id)}>
                Previous: {previous.title}
              </button>
            )}
            {next ? (
              <button type="button" onClick={() => go(next.id)}>
                Next: {next.title}
              </button>
            ) : (
              <a class="button" href={resultsUrl(assessment.id)}>
                Finish and see results
              </a>
            )}
          </div>
        </div>
        <CapabilityNav questionnaire={questionnaire} answers={answers} currentId={capability.id} onSelect={go} />
      </div>
    </div>
  );
}
