import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UseCase } from '../../schemas/backlog';
import type { RiskScreening } from '../../schemas/riskScreening';
import { riskTierLabels } from '../../lib/backlog/labels';
import { riskTiers, type RiskTier } from '../../schemas/enums';
import { suggestTier } from '../../lib/governance/riskScreening';
import { $screeningOutcome, recordScreening } from '../../stores/backlog/screening';
import { ErrorSummary, type FieldError } from '../ErrorSummary';
import { Field } from '../Field';
import { RadioGroup } from '../form/RadioGroup';
import { formatDateTime } from '../format';
import { ReasonList, ScreeningRecordView } from './ScreeningRecordView';

interface Props {
  screening: RiskScreening;
  useCase: UseCase;
}

/**
 * The risk tier, decided by a short screening rather than picked: the answers suggest a tier
 * with the reasons, and the person records the tier they decide, explaining any difference.
 */
export function RiskScreeningPanel({ screening, useCase }: Props) {
  const recorded = useCase.riskScreening;
  const outcome = useStore($screeningOutcome);
  const [editing, setEditing] = useState(!recorded);
  useEffect(() => $screeningOutcome.set(null), [useCase.id]);
  return (
    <section aria-labelledby="risk-screening-title" class="risk-screening">
      <h2 id="risk-screening-title">Risk tier</h2>
      {recorded ? (
        <ScreeningRecordView record={recorded} />
      ) : (
        <p class="notice warn">
          Not screened yet: the tier shown ({riskTierLabels[useCase.riskTier]}) was picked when the use case was added. Every
          governance condition depends on it, so answer the screening below and record the tier.
        </p>
      )}
      {outcome?.kind === 'recorded' && !editing && (
        <p class="notice" role="status">
          Risk tier recorded.
          {outcome.reviewsNotified > 0 &&
            ` The change is in the history of ${outcome.reviewsNotified === 1 ? 'its review' : `its ${outcome.reviewsNotified} reviews`}.`}
        </p>
      )}
      {editing ? (
        <ScreeningForm screening={screening} useCase={useCase} onDone={() => setEditing(false)} />
      ) : (
        <div class="actions no-print">
          <button type="button" onClick={() => setEditing(true)}>
            Screen again
          </button>
        </div>
      )}
    </section>
  );
}

function ScreeningForm({ screening, useCase, onDone }: Props & { onDone: () => void }) {
  const outcome = useStore($screeningOutcome);
  const [answers, setAnswers] = useState<Record<string, string>>(() => ({ ...(useCase.riskScreening?.answers ?? {}) }));
  const [decided, setDecided] = useState<RiskTier | null>(null);
  const [justification, setJustification] = useState('');
  const [name, setName] = useState(useCase.riskScreening?.decidedBy ?? '');
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const suggestion = suggestTier(screening, answers, useCase.dataClassification);
  const chosen: RiskTier | null = decided ?? (suggestion.complete ? suggestion.tier : null);
  const overrules = suggestion.complete && chosen !== null && chosen !== suggestion.tier;
  const problems = outcome?.kind === 'invalid' ? outcome.problems : {};
  const errors: FieldError[] = [
    problems.answers ? { field: firstUnansweredId(), message: problems.answers } : null,
    problems.justification ? { field: 'screen-justification', message: problems.justification } : null,
    problems.decidedBy ? { field: 'screen-name', message: problems.decidedBy } : null,
  ].filter((error): error is FieldError => error !== null);

  /** The first choice of the first question still open, which the error summary links to. */
  function firstUnansweredId(): string {
    const question = screening.questions.find((q) => !suggestion.complete && suggestion.unanswered.includes(q.id));
    return question ? `screen-${question.id}-${question.answers[0]?.id ?? ''}` : 'screen-decided-low';
  }

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    const result = await recordScreening(screening, useCase.id, answers, {
      decidedTier: chosen ?? useCase.riskTier,
      justification,
      decidedBy: name,
    });
    setBusy(false);
    if (result.kind === 'recorded') onDone();
    else if (result.kind === 'invalid') summaryRef.current?.focus();
  }

  return (
    <form class="screening-form" onSubmit={submit} noValidate aria-describedby="screening-intro">
      <ErrorSummary errors={errors} focusRef={summaryRef} />
      <p id="screening-intro" class="hint">
        {screening.intro}
      </p>
      {screening.questions.map((question) => {
        const group = `screen-${question.id}`;
        return (
          <RadioGroup
            key={question.id}
            name={group}
            class="screening-question"
            legend={question.text}
            describedBy={question.hint ? `${group}-hint` : undefined}
            options={question.answers.map((answer) => ({ value: answer.id, label: answer.label }))}
            value={answers[question.id] ?? null}
            onChoose={(answer) => setAnswers((current) => ({ ...current, [question.id]: answer }))}
          >
            {question.hint && (
              <p class="hint" id={`${group}-hint`}>
                {question.hint}
              </p>
            )}
          </RadioGroup>
        );
      })}

      <div class="screening-suggestion" aria-live="polite">
        {suggestion.complete ? (
          <>
            <h3>Suggested tier: {riskTierLabels[suggestion.tier]}</h3>
            {suggestion.prohibited && (
              <p class="notice error">
                <strong>Stop:</strong> an answer points to a practice the EU AI Act prohibits. Do not build or use the system
                until a legal review has ruled this out.
              </p>
            )}
            <ReasonList reasons={suggestion.reasons} />
          </>
        ) : (
          <p>
            {suggestion.unanswered.length} of {screening.questions.length} questions still to answer before a tier is suggested.
          </p>
        )}
      </div>

      <RadioGroup
        name="screen-decided"
        class="screening-decision"
        legend="Decided tier"
        describedBy="screen-decided-hint"
        options={riskTiers.map((tier) => ({
          value: tier,
          label: `${riskTierLabels[tier]}${suggestion.complete && suggestion.tier === tier ? ' (suggested)' : ''}`,
        }))}
        value={chosen}
        onChoose={setDecided}
      >
        <p class="hint" id="screen-decided-hint">
          The suggestion is chosen until you pick another tier; a different tier needs a justification.
        </p>
      </RadioGroup>
      {overrules && (
        <Field
          id="screen-justification"
          label="Why a different tier from the suggestion?"
          hint="Required. It is kept with the use case and in the history of its reviews."
          error={problems.justification}
          value={justification}
          onInput={setJustification}
          multiline
        />
      )}
      <Field
        id="screen-name"
        label="Your name"
        hint="Who decided the tier."
        error={problems.decidedBy}
        value={name}
        onInput={setName}
        autocomplete="name"
      />
      {outcome?.kind === 'failed' && (
        <p class="notice error" role="alert">
          The risk tier was not recorded: {outcome.message}
        </p>
      )}
      <div class="actions">
        <button type="submit" disabled={busy}>
          Record the risk tier
        </button>
      </div>
      {useCase.riskScreening && (
        <p class="hint">Last recorded {formatDateTime(useCase.riskScreening.decidedAt)}; recording again replaces it.</p>
      )}
    </form>
  );
}
