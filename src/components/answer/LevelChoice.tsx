import type { Answer } from '../../schemas/assessment';
import type { Capability } from '../../schemas/questionnaire';
import { updateAnswer } from '../../stores/assessment/answering';
import { ChoiceWithReason } from '../form/ChoiceWithReason';
import type { RadioOption } from '../form/RadioGroup';

interface Props {
  capability: Capability;
  answer: Answer | undefined;
}

type Choice = `level-${number}` | 'dont-know' | 'not-applicable';

function choiceOf(answer: Answer | undefined): Choice | null {
  if (!answer || answer.state === null) return null;
  if (answer.state === 'level') return `level-${answer.level ?? 0}`;
  return answer.state;
}

/**
 * Where the organisation is today: one of the five anchored levels, "don't know", or "not
 * applicable". Not applicable is stored from the first character of its reason, so a stored
 * answer is always complete; until then the previous answer stands and the form says so.
 */
export function LevelChoice({ capability, answer }: Props) {
  const name = `level-${capability.id}`;
  const options: RadioOption<Choice>[] = [
    ...capability.levels.map((descriptor) => ({
      value: `level-${descriptor.level}` as Choice,
      label: (
        <>
          <strong>
            Level {descriptor.level}: {descriptor.name}
          </strong>
          <span class="observe">{descriptor.observe}</span>
        </>
      ),
    })),
    { value: 'dont-know', label: <strong>Don't know</strong> },
    { value: 'not-applicable', label: <strong>Not applicable</strong> },
  ];

  function choose(choice: Choice) {
    if (choice === 'dont-know') return updateAnswer(capability.id, { state: 'dont-know' });
    return updateAnswer(capability.id, { state: 'level', level: Number(choice.slice('level-'.length)) });
  }

  // An answer is stored as soon as its reason has a character, so a reload never loses typing.
  function storeReason(text: string) {
    if (text.trim() === '') return undefined;
    return updateAnswer(capability.id, { state: 'not-applicable', naReason: text });
  }

  return (
    <ChoiceWithReason
      name={name}
      class="level-choice"
      legend="Where are you today?"
      options={options}
      needsReason="not-applicable"
      stored={choiceOf(answer)}
      reason={answer?.naReason ?? ''}
      reasonLabel="Why does this not apply?"
      reasonHint="Required. A capability that does not apply is left out of the score."
      keptHint="Until you give a reason, your previous answer is kept."
      requiredMessage="Say why this capability does not apply before marking it not applicable."
      confirmLabel="Mark as not applicable"
      onChoose={choose}
      onReasonInput={storeReason}
      onReasonConfirm={storeReason}
    />
  );
}
