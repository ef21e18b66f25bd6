import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { Rating } from '../../schemas/backlog';
import type { Criterion } from '../../schemas/backlogContent';
import { setScore, updateRater } from '../../stores/backlog/ratings';
import { $platformContext } from '../../stores/backlog/platformContext';
import { formatDate, formatScore } from '../format';
import { withBase } from '../urls';
import { RadioGroup, type RadioOption } from '../form/RadioGroup';
import { Field } from '../Field';
import { limits } from '../../schemas/limits';

interface Props {
  criteria: Criterion[];
  rating: Rating;
}

function PlatformContext() {
  const context = useStore($platformContext);
  if (context === undefined) return null;
  return (
    <p class="context">
      {context === null ? (
        <>
          No maturity assessment yet, so there is no platform result to compare with.{' '}
          <a href={withBase('/assessment/')}>Run an assessment</a> to see it here.
        </>
      ) : context.score === null ? (
        <>The latest assessment, “{context.assessmentName}”, has no platform capability answered with a level yet.</>
      ) : (
        <>
          Platform maturity in the latest assessment, “{context.assessmentName}” ({formatDate(context.date)}):{' '}
          <strong>{formatScore(context.score)} of 4</strong>. Platform gaps show up here: what the platform cannot do yet has to
          be built, which adds cost and time to market.
        </>
      )}
    </p>
  );
}

type ScoreChoice = '1' | '2' | '3' | '4' | '5' | 'none';

/** Moves focus to a criterion's chosen option (or its first), scrolled so its anchors are in view. */
function focusCriterion(nameOrId: string): void {
  const target =
    document.querySelector<HTMLInputElement>(`input[name="${nameOrId}"]:checked`) ??
    document.querySelector<HTMLInputElement>(`input[name="${nameOrId}"]`) ??
    document.getElementById(nameOrId);
  target?.focus();
  target?.closest('fieldset')?.scrollIntoView({ block: 'nearest' });
}

/** One rater's ratings: each criterion with its five anchored descriptions in view. */
export function RatingForm({ criteria, rating }: Props) {
  const prefix = `rating-${rating.id}`;
  // The texts as typed: one the schema would refuse stays on screen with its reason and is not stored.
  const [name, setName] = useState(rating.raterName);
  const [role, setRole] = useState(rating.raterRole);
  const [comment, setComment] = useState(rating.comment);
  useEffect(() => {
    setName(rating.raterName);
    setRole(rating.raterRole);
    setComment(rating.comment);
  }, [rating.id]);
  // A new name given in another tab shows here, unless this field is being typed in.
  useEffect(() => {
    if (document.activeElement?.id !== `${prefix}-name`) setName(rating.raterName);
  }, [rating.raterName]);
  const nameMissing = name.trim() === '';
  // A text saved as it is typed; one longer than the schema allows is shown with its reason, not stored.
  const autosaved = (key: 'raterRole' | 'comment', label: string, value: string, set: (text: string) => void, hint?: string) => (
    <Field
      id={`${prefix}-${key === 'raterRole' ? 'role' : 'comment'}`}
      label={label}
      hint={hint}
      value={value}
      multiline={key === 'comment'}
      limit={limits.rating[key]}
      announce
      onInput={(text) => {
        set(text);
        void updateRater(rating.id, { [key]: text });
      }}
    />
  );
  return (
    <div class="rating-form">
      <div class="field-pair">
        <Field
          id={`${prefix}-name`}
          label="Rater’s name"
          value={name}
          limit={limits.rating.raterName}
          announce
          error={nameMissing ? `Enter the rater’s name; until then the name “${rating.raterName}” is kept` : undefined}
          onInput={(text) => {
            setName(text);
            if (text.trim() !== '') void updateRater(rating.id, { raterName: text.trim() });
          }}
        />
        {autosaved('raterRole', 'Role (optional)', role, setRole)}
      </div>
      <p class="hint">
        With the keyboard: in a criterion, press 1 to 5 to rate it and move on to the next one, or use the arrow keys.
      </p>
      {criteria.map((criterion, index) => {
        const name = `${prefix}-${criterion.id}`;
        const current = rating.scores[criterion.id];
        const next = criteria[index + 1];
        const options: RadioOption<ScoreChoice>[] = [
          ...criterion.anchors.map((anchor) => ({
            value: String(anchor.score) as ScoreChoice,
            label: (
              <>
                <strong>
                  {anchor.score}: {anchor.label}
                </strong>
                <span class="anchor">{anchor.description}</span>
              </>
            ),
          })),
          { value: 'none', label: 'Not rated (left out of the score)' },
        ];
        return (
          <RadioGroup
            key={criterion.id}
            name={name}
            class="criterion-rating"
            describedBy={`${name}-hint`}
            legend={criterion.title}
            options={options}
            value={current === undefined ? 'none' : (String(current) as ScoreChoice)}
            settle
            onChoose={(choice) => setScore(rating.id, criterion.id, choice === 'none' ? null : Number(choice))}
            shortcut={(key) => (/^[1-5]$/.test(key) ? (key as ScoreChoice) : null)}
            afterShortcut={() => focusCriterion(next ? `${prefix}-${next.id}` : `${prefix}-comment`)}
            intro={
              <>
                <p class="question">{criterion.question}</p>
                <p class="hint" id={`${name}-hint`}>
                  {criterion.inverted && <span class="direction">Inverted: a low rating ranks higher. </span>}
                  {criterion.hint}
                </p>
                {/* Feasibility rates the technique alone; platform gaps count in cost (and time to market). */}
                {criterion.id === 'cost' && <PlatformContext />}
              </>
            }
          />
        );
      })}
      {autosaved(
        'comment',
        'Comment (optional)',
        comment,
        setComment,
        'What the ratings rest on, and anything to discuss with the other raters.',
      )}
    </div>
  );
}
