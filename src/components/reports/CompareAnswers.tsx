import { useStore } from '@nanostores/preact';
import { describeState } from '../../lib/reports/answerText';
import { $questionnaire } from '../../stores/assessment/questionnaire';
import { $answerDiff, $answerSources, $comparedPair, chooseCompared } from '../../stores/reports/compare';
import { formatDelta, formatScore } from '../format';
import { DataTable } from '../DataTable';

/** Any two sets of answers side by side: two milestones, two assessments, or two imported files. */
export function CompareAnswers() {
  const sources = useStore($answerSources);
  const pair = useStore($comparedPair);
  const diff = useStore($answerDiff);
  const questionnaire = useStore($questionnaire);
  if (sources.length < 2) return <p>Comparing needs two sets of answers: two assessments, or an assessment and a milestone.</p>;
  const title = (id: string) => questionnaire?.capabilities.find((capability) => capability.id === id)?.title ?? id;
  const select = (which: 'first' | 'second', label: string, value: string | undefined) => (
    <div class="field">
      <label for={`compare-${which}`}>{label}</label>
      <select
        id={`compare-${which}`}
        value={value ?? ''}
        onChange={(event) => chooseCompared(which, (event.currentTarget as HTMLSelectElement).value)}
      >
        {sources.map((source) => (
          <option key={source.key} value={source.key}>
            {source.label}
          </option>
        ))}
      </select>
    </div>
  );
  const changed = diff?.differences.filter((row) => row.fields.length > 0) ?? [];
  return (
    <>
      <div class="compare-choices">
        {select('first', 'Compare', pair.first?.key)}
        {select('second', 'with', pair.second?.key)}
      </div>
      {diff && (
        <>
          <p aria-live="polite">
            Overall {formatScore(diff.comparison.overall.before)} → {formatScore(diff.comparison.overall.after)} (
            {formatDelta(diff.comparison.overall.delta)}). {diff.comparison.counts.up} up, {diff.comparison.counts.down} down,{' '}
            {diff.comparison.counts.changed} answered differently; {changed.length} of {diff.differences.length} answers differ in
            some way.
          </p>
          {changed.length > 0 && (
            <DataTable
              caption="Answers that differ"
              columns={[{ label: 'Capability' }, { label: 'First' }, { label: 'Second' }, { label: 'What differs' }]}
            >
              <tbody>
                {changed.map((row) => (
                  <tr key={row.capabilityId}>
                    <th scope="row">{title(row.capabilityId)}</th>
                    <td>{describeState(row.before.state, row.before.level)}</td>
                    <td>
                      <span class={`movement ${row.movement}`}>{describeState(row.after.state, row.after.level)}</span>
                    </td>
                    <td>{row.fields.join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
          {diff.unmatched.length > 0 && (
            <p class="notice warn">
              Answered but no longer in the questionnaire: {diff.unmatched.map((item) => item.capabilityId).join(', ')}.
            </p>
          )}
        </>
      )}
    </>
  );
}
