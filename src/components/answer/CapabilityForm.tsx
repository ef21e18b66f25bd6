import type { Answer } from '../../schemas/assessment';
import type { Capability, Dimension } from '../../schemas/questionnaire';
import { updateAnswer } from '../../stores/assessment/answering';
import { EvidenceList } from '../EvidenceList';
import { LevelChoice } from './LevelChoice';
import { NotesField } from './NotesField';
import { TargetAndConfidence } from './TargetAndConfidence';

interface Props {
  capability: Capability;
  dimension: Dimension | undefined;
  answer: Answer | undefined;
  whyHtml: string;
  position: number;
  total: number;
}

/** One capability at a time: the question, the anchored levels, target, confidence, notes and evidence. */
export function CapabilityForm({ capability, dimension, answer, whyHtml, position, total }: Props) {
  const nextStep =
    answer?.state === 'level' && answer.level !== null && answer.level < 4 ? capability.levels[answer.level]?.next : undefined;
  return (
    <article class="capability" aria-labelledby="capability-title">
      <p class="muted">
        {dimension?.title ?? capability.dimension} · capability {position} of {total}
      </p>
      <h2 id="capability-title" tabIndex={-1}>
        {capability.title}
      </h2>
      <p class="question">{capability.question}</p>
      <details class="why">
        <summary>Why this matters</summary>
        {/* Build-time HTML from the project's own content, rendered with raw HTML off. */}
        <div class="prose" dangerouslySetInnerHTML={{ __html: whyHtml }} />
      </details>
      <LevelChoice capability={capability} answer={answer} />
      {nextStep && (
        <p class="notice next-step">
          <strong>Next step to level {(answer?.level ?? 0) + 1}:</strong> {nextStep}
        </p>
      )}
      <TargetAndConfidence capability={capability} answer={answer} />
      <NotesField capabilityId={capability.id} answer={answer} />
      <EvidenceList
        idPrefix={`evidence-${capability.id}`}
        links={answer?.evidence ?? []}
        onChange={(evidence) => void updateAnswer(capability.id, { evidence })}
      />
    </article>
  );
}
