import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { Rating } from '../../schemas/backlog';
import type { Criterion } from '../../schemas/backlogContent';
import { setScore, updateRater } from '../../stores/backlog/ratings';
import { $platformContext } from '../../stores/backlog/platformContext';
import { formatDate, formatScore } from '../format';
import { withBase } from '../urls';

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
          <strong>{formatScore(context.score)} of 4</strong>. Weigh it when judging what our platform can support.
        </>
      )}
    </p>
  );
}

/** One rater's ratings: each criterion with its five anchored descriptions in view. */
export function RatingForm({ criteria, rating }: Props) {
  const prefix = `rating-${rating.id}`;
  const [name, setName] = useState(rating.raterName);
  useEffect(() => setName(rating.raterName), [rating.id]);
  // A new name given in another tab shows here, unless this field is being typed in.
  useEffect(() => {
    if (document.activeElement?.id !== `${prefix}-name`) setName(rating.raterName);
  }, [rating.raterName]);
  const nameMissing = name.trim() === '';
  return (
    <div class="rating-form">
      <div class="field-pair">
        <div class="field">
          <label for={`${prefix}-name`}>Rater’s name</label>
          {nameMissing && (
            <p class="error-text" id={`${prefix}-name-error`}>
              Enter the rater’s name; until then the name “{rating.raterName}” is kept
            </p>
          )}
          <input
            id={`${prefix}-name`}
            type="text"
            value={name}
            aria-invalid={nameMissing ? true : undefined}
            aria-describedby={nameMissing ? `${prefix}-name-error` : undefined}
            onInput={(event) => {
              const text = event.currentTarget.value;
              setName(text);
              if (text.trim() !== '') void updateRater(rating.id, { raterName: text.trim() });
            }}
          />
        </div>
        <div class="field">
          <label for={`${prefix}-role`}>Role (optional)</label>
          <input
            id={`${prefix}-role`}
            type="text"
            value={rating.raterRole}
            onInput={(event) => void updateRater(rating.id, { raterRole: event.currentTarget.value })}
          />
        </div>
      </div>
      {criteria.map((criterion) => {
        const name = `${prefix}-${criterion.id}`;
        const current = rating.scores[criterion.id];
        return (
          <fieldset class="criterion-rating" key={criterion.id} aria-describedby={`${name}-hint`}>
            <legend>{criterion.title}</legend>
            <p class="question">{criterion.question}</p>
            <p class="hint" id={`${name}-hint`}>
              {criterion.inverted && <span class="direction">Inverted: a low rating ranks higher. </span>}
              {criterion.hint}
            </p>
            {criterion.id === 'feasibility' && <PlatformContext />}
            {criterion.anchors.map((anchor) => (
              <div class="choice" key={anchor.score}>
                <input
                  type="radio"
                  id={`${name}-${anchor.score}`}
                  name={name}
                  checked={current === anchor.score}
                  onChange={() => void setScore(rating.id, criterion.id, anchor.score)}
                />
                <label for={`${name}-${anchor.score}`}>
                  <strong>
                    {anchor.score}: {anchor.label}
                  </strong>
                  <span class="anchor">{anchor.description}</span>
                </label>
              </div>
            ))}
            <div class="choice">
              <input
                type="radio"
                id={`${name}-none`}
                name={name}
                checked={current === undefined}
                onChange={() => void setScore(rating.id, criterion.id, null)}
              />
              <label for={`${name}-none`}>Not rated (left out of the score)</label>
            </div>
          </fieldset>
        );
      })}
      <div class="field">
        <label for={`${prefix}-comment`}>Comment (optional)</label>
        <p class="hint" id={`${prefix}-comment-hint`}>
          What the ratings rest on, and anything to discuss with the other raters.
        </p>
        <textarea
          id={`${prefix}-comment`}
          aria-describedby={`${prefix}-comment-hint`}
          value={rating.comment}
          onInput={(event) => void updateRater(rating.id, { comment: event.currentTarget.value })}
        />
      </div>
    </div>
  );
}
