import type { Answer, Assessment } from '../../schemas/assessment';
import type { Questionnaire } from '../../schemas/questionnaire';
import { changesSince } from '../../lib/questionnaireChanges';
import { adoptQuestionnaire } from '../../stores/assessment/answering';

interface Props {
  assessment: Assessment;
  questionnaire: Questionnaire;
  answers: Record<string, Answer>;
  onSelect: (capabilityId: string) => void;
}

/**
 * Says so when an assessment was answered against another questionnaire version, lists the
 * capabilities that are new or changed since, and takes the person to each. Every earlier
 * answer is kept; "done" marks the assessment as answered against the current version.
 */
export function QuestionnaireNotice({ assessment, questionnaire, answers, onSelect }: Props) {
  const changes = changesSince(questionnaire, assessment.questionnaire);
  if (!changes) return null;
  const title = (id: string) => questionnaire.capabilities.find((c) => c.id === id)?.title ?? id;
  const answered = (id: string) => (answers[id]?.state ?? null) !== null;
  const ref = { id: questionnaire.id, version: questionnaire.version, hash: questionnaire.hash };
  const firstToAnswer = changes.newIds.find((id) => !answered(id)) ?? changes.newIds[0];
  const item = (id: string, note: string) => (
    <li key={id}>
      <button type="button" class="link-button" onClick={() => onSelect(id)}>
        {title(id)}
      </button>{' '}
      <span class="muted">({note})</span>
    </li>
  );
  return (
    <section class="notice warn questionnaire-notice" aria-labelledby="questionnaire-notice-title">
      <h2 id="questionnaire-notice-title">The questionnaire has changed since this assessment was started</h2>
      <p>
        It was started with version {changes.fromVersion}; the portal now uses version {changes.toVersion}. Every answer given is
        kept.
        {changes.wordingChanged && ' Some wording may have changed since the answers were given.'}
      </p>
      {changes.versions.map((version) => (
        <p key={version.version} class="hint">
          Version {version.version}: {version.summary}
        </p>
      ))}
      {changes.newIds.length > 0 && (
        <>
          <h3>New capabilities to answer</h3>
          <ul>{changes.newIds.map((id) => item(id, answered(id) ? 'answered' : 'not answered yet'))}</ul>
        </>
      )}
      {changes.changedIds.length > 0 && (
        <>
          <h3>Changed capabilities: check that your answer still fits</h3>
          <ul>{changes.changedIds.map((id) => item(id, answered(id) ? 'your answer is kept' : 'not answered yet'))}</ul>
        </>
      )}
      <div class="actions">
        {firstToAnswer !== undefined && (
          <button type="button" onClick={() => onSelect(firstToAnswer)}>
            Answer the new capabilities
          </button>
        )}
        <button type="button" class="secondary" onClick={() => void adoptQuestionnaire(ref)}>
          Done: I have checked them, use version {questionnaire.version}
        </button>
      </div>
    </section>
  );
}
