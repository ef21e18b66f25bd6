import type { Roadmap } from '../../lib/roadmap';
import { answerUrl } from '../urls';

interface Props {
  roadmap: Roadmap;
  assessmentId: string;
}

/** The gaps in priority order, each with the steps that close it. */
export function RoadmapList({ roadmap, assessmentId }: Props) {
  if (roadmap.items.length === 0 && roadmap.unknown.length === 0) {
    return (
      <p class="notice">
        No gaps to show. Set a target level on the capabilities you want to improve and the roadmap appears here, ordered by gap
        size and weight.
      </p>
    );
  }
  return (
    <>
      <ol class="roadmap">
        {roadmap.items.map((item) => (
          <li key={item.capability.id}>
            <h3>
              {item.capability.title}{' '}
              <span class="muted">
                (level {item.current} → {item.target}, priority {item.priority})
              </span>
            </h3>
            <ol class="steps">
              {item.steps.map((step) => (
                <li key={step.toLevel}>
                  <strong>To level {step.toLevel}:</strong> {step.action}
                </li>
              ))}
            </ol>
            <p class="no-print">
              <a href={answerUrl(assessmentId, item.capability.id)}>Review the answer</a>
            </p>
          </li>
        ))}
      </ol>
      {roadmap.unknown.length > 0 && (
        <>
          <h3>Find out first</h3>
          <p>These have a target but were answered “don't know”; establish where you are before planning the step.</p>
          <ul>
            {roadmap.unknown.map((capability) => (
              <li key={capability.id}>
                <a href={answerUrl(assessmentId, capability.id)}>{capability.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
