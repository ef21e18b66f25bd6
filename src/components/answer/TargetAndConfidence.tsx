import type { Answer } from '../../schemas/assessment';
import { confidences } from '../../schemas/enums';
import type { Capability } from '../../schemas/questionnaire';
import { updateAnswer } from '../../stores/assessment/answering';
import { RadioGroup } from '../form/RadioGroup';

interface Props {
  capability: Capability;
  answer: Answer | undefined;
}

const confidenceLabels: Record<(typeof confidences)[number], string> = {
  low: 'Low: a guess, or one person’s view',
  medium: 'Medium: most people involved would agree',
  high: 'High: backed by evidence you could show',
};

export function TargetAndConfidence({ capability, answer }: Props) {
  const id = capability.id;
  return (
    <div class="target-confidence">
      <div class="field">
        <label for={`target-${id}`}>Target level</label>
        <p class="hint" id={`target-${id}-hint`}>
          Where you want to be by the next milestone. The gap to the target orders the roadmap.
        </p>
        <select
          id={`target-${id}`}
          aria-describedby={`target-${id}-hint`}
          value={answer?.target === null || answer?.target === undefined ? '' : String(answer.target)}
          onChange={(event) => {
            const value = event.currentTarget.value;
            void updateAnswer(id, { target: value === '' ? null : Number(value) });
          }}
        >
          <option value="">No target</option>
          {capability.levels.map((descriptor) => (
            <option key={descriptor.level} value={String(descriptor.level)}>
              Level {descriptor.level}: {descriptor.name}
            </option>
          ))}
        </select>
      </div>
      <RadioGroup
        name={`confidence-${id}`}
        legend="How sure are you?"
        value={answer?.confidence ?? null}
        settle
        onChoose={(confidence) => updateAnswer(id, { confidence })}
        options={confidences.map((confidence) => ({ value: confidence, label: confidenceLabels[confidence] }))}
      />
    </div>
  );
}
