import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { QuestionnaireRef } from '../../schemas/assessment';
import type { Capability, Dimension } from '../../schemas/questionnaire';
import type { QuickCheck } from '../../schemas/quickCheck';
import { quickResult } from '../../lib/quickCheck';
import {
  $quickAnswers,
  chooseQuickAnswer,
  clearQuickAnswers,
  loadQuickAnswers,
  seedAssessment,
} from '../../stores/assessment/quickCheck';
import { DataTable } from '../DataTable';
import { Field } from '../Field';
import { RadioGroup } from '../form/RadioGroup';
import { SaveStatus } from '../SaveStatus';
import { formatScore } from '../format';
import { answerUrl } from '../urls';

export type QuickCapability = Pick<Capability, 'id' | 'dimension' | 'weight' | 'title' | 'levels'>;

interface Props {
  check: QuickCheck;
  questionnaire: QuestionnaireRef;
  dimensions: Pick<Dimension, 'id' | 'title'>[];
  capabilities: QuickCapability[];
}

const today = () => new Date().toISOString().slice(0, 10);

/** About ten plain questions, where they put you, what to look at first, and a full assessment seeded from them. */
export function QuickCheckView({ check, questionnaire, dimensions, capabilities }: Props) {
  const answers = useStore($quickAnswers);
  const [name, setName] = useState(`Quick check, ${today()}`);
  const [nameError, setNameError] = useState<string | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    // The questions are on the page from the start; stored answers fill them in once read.
    void loadQuickAnswers();
  }, []);
  const result = quickResult(check, answers, capabilities);

  async function start(event: Event) {
    event.preventDefault();
    if (name.trim() === '') {
      setNameError('give the assessment a name');
      return;
    }
    setNameError(undefined);
    const created = await seedAssessment(
      check,
      { ...questionnaire, capabilityIds: capabilities.map((c) => c.id) },
      name.trim(),
      today(),
    );
    if (!created) {
      setFailed(true);
      return;
    }
    const first = capabilities.find((c) => result.estimates.has(c.id));
    window.location.assign(answerUrl(created.id, first?.id));
  }

  return (
    <div class="quick-check">
      <form class="quick-questions" onSubmit={(event) => event.preventDefault()} aria-labelledby="quick-questions-title">
        <div class="detail-header">
          <h2 id="quick-questions-title">
            Questions{' '}
            <span class="muted">
              ({result.answered} of {result.total} answered)
            </span>
          </h2>
          <SaveStatus />
        </div>
        {check.questions.map((question, number) => (
          <RadioGroup
            key={question.id}
            name={`quick-${question.id}`}
            class="quick-question"
            legend={`${number + 1}. ${question.text}`}
            options={question.answers.map((answer, index) => ({ value: String(index), label: answer.label }))}
            value={answers[question.id] === undefined ? null : String(answers[question.id])}
            onChoose={(index) => chooseQuickAnswer(question.id, Number(index))}
            settle
          />
        ))}
      </form>

      <section aria-labelledby="quick-result-title" class="quick-result" aria-live="polite">
        <h2 id="quick-result-title">Where you stand</h2>
        {result.score.overall.score === null ? (
          <p>Answer a question to see an estimate.</p>
        ) : (
          <>
            <p class="big">
              Estimated level {result.indicative?.level}: {result.indicative?.name}
            </p>
            <p>
              Overall {formatScore(result.score.overall.score)} on the 0–4 scale, from {result.answered} of {result.total}{' '}
              answers. {result.indicative?.description}
            </p>
            <DataTable
              caption="Estimated score per dimension (0 to 4)"
              columns={[
                { label: 'Dimension' },
                { label: 'Estimate', numeric: true },
                { label: 'Capabilities estimated', numeric: true },
              ]}
            >
              <tbody>
                {result.score.dimensions.map((dimension) => (
                  <tr key={dimension.dimension}>
                    <th scope="row">{dimensions.find((d) => d.id === dimension.dimension)?.title ?? dimension.dimension}</th>
                    <td class="num">{formatScore(dimension.score)}</td>
                    <td class="num">
                      {dimension.answered} of {dimension.total}
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
            <h3>Look at these first</h3>
            <ol class="quick-focus">
              {result.focus.map((focus) => (
                <li key={focus.capabilityId}>
                  <strong>{focus.title}</strong> (estimated level {focus.level}).
                  {focus.next && <> Next step: {focus.next}</>}
                </li>
              ))}
            </ol>
          </>
        )}
        <details class="how-computed">
          <summary>How is this worked out?</summary>
          <p>
            Each answer stands for a level from 0 to 4 for the capabilities of the full assessment that its question covers. A
            capability covered by several questions takes the mean of their levels, rounded down, so the estimate never flatters.
            The levels are then scored as a full assessment is: a weighted mean per dimension, the overall score as the mean of
            the three dimensions, and the estimated level as the overall score rounded down.
          </p>
          <p>
            “Look at these first” takes the questions you answered with the lowest level and, from each, the most heavily weighted
            capability it covers, up to three.
          </p>
        </details>
      </section>

      {result.estimates.size > 0 && (
        <form class="quick-seed" onSubmit={start} noValidate aria-labelledby="quick-seed-title">
          <h2 id="quick-seed-title">Go further: start a full assessment</h2>
          <p>
            The full assessment has {capabilities.length} capabilities. {result.estimates.size} of them will start with the level
            estimated here, each marked as an estimate until you confirm it or choose another level.
          </p>
          <Field id="quick-seed-name" label="Name of the assessment" error={nameError} value={name} onInput={setName} />
          {failed && (
            <p class="notice error" role="alert">
              The assessment could not be stored; nothing was changed. See the save status above.
            </p>
          )}
          <div class="actions">
            <button type="submit">Start a full assessment from these answers</button>
            <button type="button" class="secondary" onClick={() => void clearQuickAnswers()}>
              Clear the answers
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
