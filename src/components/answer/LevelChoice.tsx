import { useEffect, useState } from 'preact/hooks';
import type { Answer } from '../../schemas/assessment';
import type { Capability } from '../../schemas/questionnaire';
import { updateAnswer } from '../../stores/assessment/answering';

interface Props {
  capability: Capability;
  answer: Answer | undefined;
}

type Choice = 'level-0' | 'level-1' | 'level-2' | 'level-3' | 'level-4' | 'dont-know' | 'not-applicable';

function choiceOf(answer: Answer | undefined): Choice | null {
  if (!answer || answer.state === null) return null;
  if (answer.state === 'level') return `level-${answer.level ?? 0}` as Choice;
  return answer.state;
}

/**
 * Where the organisation is today: one of the five anchored levels, "don't know", or "not
 * applicable". Not applicable is only stored once a reason is given, so a stored answer is
 * always complete; until then the previous answer stands and the form says so.
 */
export function LevelChoice({ capability, answer }: Props) {
  const stored = choiceOf(answer);
  const [draftNa, setDraftNa] = useState(false);
  const [reason, setReason] = useState(answer?.naReason ?? '');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const name = `level-${capability.id}`;
  const shown: Choice | null = draftNa ? 'not-applicable' : stored;

  useEffect(() => {
    setDraftNa(false);
    setReason(answer?.naReason ?? '');
    setReasonError(null);
  }, [capability.id]);

  function choose(choice: Choice) {
    setReasonError(null);
    if (choice === 'not-applicable') {
      if (stored !== 'not-applicable') setDraftNa(true);
      return;
    }
    setDraftNa(false);
    if (choice === 'dont-know') void updateAnswer(capability.id, { state: 'dont-know' });
    else void updateAnswer(capability.id, { state: 'level', level: Number(choice.slice(6)) });
  }

  function saveReason(text: string, confirm: boolean) {
    setReason(text);
    if (text.trim() === '') {
      if (confirm) setReasonError('Say why this capability does not apply before marking it not applicable.');
      return;
    }
    setReasonError(null);
    setDraftNa(false);
    void updateAnswer(capability.id, { state: 'not-applicable', naReason: text });
  }

  const radio = (choice: Choice, label: preact.ComponentChildren, describedBy?: string) => (
    <div class="choice">
      <input
        type="radio"
        id={`${name}-${choice}`}
        name={name}
        value={choice}
        checked={shown === choice}
        onChange={() => choose(choice)}
        aria-describedby={describedBy}
      />
      <label for={`${name}-${choice}`}>{label}</label>
    </div>
  );

  return (
    <fieldset class="level-choice">
      <legend>Where are you today?</legend>
      {capability.levels.map((descriptor) => (
        <div key={descriptor.level}>
          {radio(
            `level-${descriptor.level}` as Choice,
            <>
              <strong>
                Level {descriptor.level}: {descriptor.name}
              </strong>
              <span class="observe" id={`${name}-obs-${descriptor.level}`}>
                {descriptor.observe}
              </span>
            </>,
          )}
        </div>
      ))}
      {radio('dont-know', <strong>Don't know</strong>)}
      {radio('not-applicable', <strong>Not applicable</strong>)}
      {shown === 'not-applicable' && (
        <div class="field na-reason">
          <label for={`${name}-na-reason`}>Why does this not apply?</label>
          <p class="hint" id={`${name}-na-hint`}>
            Required. A capability that does not apply is left out of the score.
            {draftNa && stored !== null ? ' Until you give a reason, your previous answer is kept.' : ''}
          </p>
          {reasonError && (
            <p class="error-text" id={`${name}-na-error`} role="alert">
              {reasonError}
            </p>
          )}
          <textarea
            id={`${name}-na-reason`}
            value={reason}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={`${name}-na-hint${reasonError ? ` ${name}-na-error` : ''}`}
            onInput={(event) => saveReason(event.currentTarget.value, false)}
            onBlur={(event) => saveReason(event.currentTarget.value, true)}
          />
          {draftNa && (
            <div class="actions">
              <button type="button" onClick={() => saveReason(reason, true)}>
                Mark as not applicable
              </button>
            </div>
          )}
        </div>
      )}
    </fieldset>
  );
}
