import type { Answer } from '../../schemas/assessment';
import type { Questionnaire } from '../../schemas/questionnaire';
import { assessmentProgress } from '../../lib/progress';

interface Props {
  questionnaire: Questionnaire;
  answers: Record<string, Answer>;
  currentId: string;
  onSelect: (capabilityId: string) => void;
}

const stateLabel = (answer: Answer | undefined): string => {
  if (!answer || answer.state === null) return 'not answered';
  if (answer.state === 'dont-know') return "don't know";
  if (answer.state === 'not-applicable') return 'not applicable';
  return `level ${answer.level ?? ''}${answer.estimate ? ', an estimate to confirm' : ''}`;
};

const stateMark = (answer: Answer | undefined): string => {
  if (!answer || answer.state === null) return '○';
  if (answer.state === 'dont-know') return '?';
  if (answer.state === 'not-applicable') return '–';
  // "≈2": a level seeded by the quick check, not yet confirmed.
  return `${answer.estimate ? '≈' : ''}${answer.level ?? ''}`;
};

/** The list of capabilities by dimension, with each one's answer, for jumping around. */
export function CapabilityNav({ questionnaire, answers, currentId, onSelect }: Props) {
  const progress = assessmentProgress(questionnaire.capabilities, Object.values(answers));
  return (
    <nav aria-label="Capabilities" class="capability-nav">
      {questionnaire.dimensions.map((dimension) => {
        const counts = progress.byDimension[dimension.id];
        return (
          <section key={dimension.id}>
            <h2>
              {dimension.title}{' '}
              <span class="muted">
                {counts.done}/{counts.total}
              </span>
            </h2>
            <ol>
              {questionnaire.capabilities
                .filter((capability) => capability.dimension === dimension.id)
                .map((capability) => {
                  const answer = answers[capability.id];
                  return (
                    <li key={capability.id}>
                      <a
                        href={`?capability=${capability.id}`}
                        aria-current={capability.id === currentId ? 'step' : undefined}
                        onClick={(event) => {
                          event.preventDefault();
                          onSelect(capability.id);
                        }}
                      >
                        <span class="mark" aria-hidden="true">
                          {stateMark(answer)}
                        </span>
                        <span>
                          {capability.title}
                          <span class="visually-hidden">, {stateLabel(answer)}</span>
                        </span>
                      </a>
                    </li>
                  );
                })}
            </ol>
          </section>
        );
      })}
    </nav>
  );
}
