import type { Answer } from '../../schemas/assessment';
import type { Capability, Dimension } from '../../schemas/questionnaire';
import { confirmEstimate, updateAnswer } from '../../stores/assessment/answering';
import type { FrameworkReference } from '../../lib/frameworkRefs';
import { EvidenceList } from '../EvidenceList';
import { LevelChoice } from './LevelChoice';
import { NotesField } from './NotesField';
import { TargetAndConfidence } from './TargetAndConfidence';

interface Props {
  capability: Capability;
  dimension: Dimension | undefined;
  answer: Answer | undefined;
  /** The rule for answering when several models are in scope. */
  portfolioRule: string;
  whyHtml: string;
  references: FrameworkReference[];
  position: number;
  total: number;
}

/** One capability at a time: the question, the anchored levels, target, confidence, notes and evidence. */
export function CapabilityForm({ capability, dimension, answer, portfolioRule, whyHtml, references, position, total }: Props) {
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
      <p class="hint portfolio-rule">
        <strong>Several models in scope?</strong> {portfolioRule}
      </p>
      <details class="why">
        <summary>Why this matters</summary>
        {/* Build-time HTML from the project's own content, rendered with raw HTML off. */}
        <div class="prose" dangerouslySetInnerHTML={{ __html: whyHtml }} />
        {references.length > 0 && (
          <>
            <h3 class="references-title">Framework references</h3>
            <ul class="references">
              {references.map((reference) => (
                <li key={reference.framework}>
                  <strong>{reference.framework}:</strong> {reference.tags.join('; ')}
                </li>
              ))}
            </ul>
          </>
        )}
      </details>
      {answer?.estimate && (
        <div class="notice warn estimate-notice">
          <p>
            This level is an <strong>estimate</strong> from the quick check. Confirm it if it fits, or choose the level that does.
          </p>
          <button type="button" onClick={() => void confirmEstimate(capability.id)}>
            Confirm this level
          </button>
        </div>
      )}
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
